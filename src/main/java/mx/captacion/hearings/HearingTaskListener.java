package mx.captacion.hearings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import mx.captacion.platform.CompletingUser;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.Markdown;
import mx.captacion.platform.PublicUrl;
import mx.captacion.records.CitizenRecord;
import mx.captacion.records.CitizenRecords;

/**
 * {@code HearingReview}'s listener. On create it gives the form the judgement, the actor's
 * argument and the images' address (task-local variables that vanish with the task); on complete
 * it records who decided.
 */
@Component("hearingTask")
class HearingTaskListener implements TaskListener {

    static final String VAR_FICHA = "ficha";
    static final String VAR_IMAGENES = "imagenes";
    /** Told before the decision, so a restitution that cannot make the record count is no surprise. */
    static final String OUTWEIGHED = "**⚠ Doble afiliación:** el ciudadano cuenta para otro actor político con una "
            + "captura más reciente. Aunque se restituya, este registro no contará mientras esa sea su afiliación "
            + "vigente (cuenta la afiliación más reciente); la restitución quedará registrada.";

    private final HearingContests contests;
    private final CitizenRecords records;
    private final CompletingUser completingUser;
    private final PublicUrl publicUrl;

    HearingTaskListener(HearingContests contests, CitizenRecords records, CompletingUser completingUser,
                        PublicUrl publicUrl) {
        this.contests = contests;
        this.records = records;
        this.completingUser = completingUser;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            UUID id = RecordHearingProcess.recordIdOf(task);
            HearingContest contest = contests.findByRecordId(id)
                    .orElseThrow(() -> new IllegalStateException("El registro " + id + " no fue impugnado"));
            CitizenRecord record = records.findById(id)
                    .orElseThrow(() -> new IllegalStateException("No existe el registro " + id));
            task.setVariablesLocal(formData(contest, record));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(RecordHearingProcess.VAR_REVIEWER, completingUser.of(task).orElse(null));
        }
    }

    /** Whether another actor's valid record of the citizen was captured later (the one that counts). */
    private boolean outweighedElsewhere(CitizenRecord record) {
        return records.validOfOtherActors(record.getProcessId(), record.getClaveElector(), record.getActorId())
                .stream().anyMatch(other -> other.isLaterCaptureThan(record));
    }

    Map<String, Object> formData(HearingContest contest, CitizenRecord record) {
        String ficha = """
                | Dato | Valor |
                |---|---|
                | Dictamen | %s |
                | Motivo | %s |
                | Nombre | %s |
                | Clave de elector | %s |
                | Impugnado por | %s, el %s |

                %s
                **Argumento del actor político:**

                %s
                """.formatted(
                contest.getJudgedStatus() == mx.captacion.records.RecordStatus.NO_VALIDO ? "No válido" : "Con inconsistencia",
                Markdown.escape(contest.getReason()),
                Markdown.escape(record.fullName()),
                Markdown.escape(record.getClaveElector()),
                Markdown.escape(contest.getContestedBy()),
                Cutoffs.toText(contest.getContestedAt()),
                outweighedElsewhere(record) ? OUTWEIGHED + "\n\n" : "",
                Markdown.escape(contest.getArgument()).replace("\n", " "));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VAR_FICHA, ficha);
        data.put(VAR_IMAGENES, publicUrl.of(HearingImages.reviewerPath(record.getId())));
        return data;
    }
}
