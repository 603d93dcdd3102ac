package mx.captacion.hearings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

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

    private final HearingContests contests;
    private final CitizenRecords records;
    private final IdentityService identityService;
    private final PublicUrl publicUrl;

    HearingTaskListener(HearingContests contests, CitizenRecords records, IdentityService identityService,
                        PublicUrl publicUrl) {
        this.contests = contests;
        this.records = records;
        this.identityService = identityService;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            UUID id = UUID.fromString((String) task.getVariable(RecordHearingProcess.VAR_RECORD_ID));
            HearingContest contest = contests.findByRecordId(id)
                    .orElseThrow(() -> new IllegalStateException("El registro " + id + " no fue impugnado"));
            CitizenRecord record = records.findById(id)
                    .orElseThrow(() -> new IllegalStateException("No existe el registro " + id));
            task.setVariablesLocal(formData(contest, record));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(RecordHearingProcess.VAR_REVIEWER, reviewer(task));
        }
    }

    private String reviewer(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
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

                **Argumento del actor político:**

                %s
                """.formatted(
                contest.getJudgedStatus() == mx.captacion.records.RecordStatus.NO_VALIDO ? "No válido" : "Con inconsistencia",
                Markdown.escape(contest.getReason()),
                Markdown.escape(record.fullName()),
                Markdown.escape(record.getClaveElector()),
                Markdown.escape(contest.getContestedBy()),
                Cutoffs.toText(contest.getContestedAt()),
                Markdown.escape(contest.getArgument()).replace("\n", " "));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VAR_FICHA, ficha);
        data.put(VAR_IMAGENES, publicUrl.of(HearingImages.reviewerPath(record.getId())));
        return data;
    }
}
