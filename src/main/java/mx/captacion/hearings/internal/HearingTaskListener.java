package mx.captacion.hearings.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import mx.captacion.hearings.RecordHearingProcess;
import mx.captacion.platform.CompletingUser;
import mx.captacion.platform.Cutoffs;
import mx.captacion.platform.Markdown;
import mx.captacion.platform.PublicUrl;
import mx.captacion.records.CitizenRecordView;
import mx.captacion.records.ReadingRecords;
import mx.captacion.records.RecordId;
import mx.captacion.records.RecordStatus;

/**
 * {@code HearingReview}'s listener. On create it gives the form the judgement, the actor's
 * argument and the images' address (task-local variables that vanish with the task); on complete
 * it records who decided.
 */
@Component("hearingTask")
class HearingTaskListener implements TaskListener {

    static final String VAR_FICHA = "ficha";
    static final String VAR_IMAGENES = "imagenes";
    /** The platform speaks only Spanish (spring.web.locale); a task listener has no request to take a locale from. */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private final HearingContests contests;
    private final ReadingRecords records;
    private final CompletingUser completingUser;
    private final PublicUrl publicUrl;
    private final MessageSource messages;

    HearingTaskListener(HearingContests contests, ReadingRecords records, CompletingUser completingUser,
                        PublicUrl publicUrl, MessageSource messages) {
        this.contests = contests;
        this.records = records;
        this.completingUser = completingUser;
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            RecordId id = RecordHearingProcess.recordIdOf(task);
            HearingContest contest = contests.findByRecordId(id.value())
                    .orElseThrow(() -> new IllegalStateException("El registro " + id + " no fue impugnado"));
            CitizenRecordView record = records.byId(id)
                    .orElseThrow(() -> new IllegalStateException("No existe el registro " + id));
            task.setVariablesLocal(formData(contest, record));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(RecordHearingProcess.VAR_REVIEWER, completingUser.of(task).orElse(null));
        }
    }

    /**
     * The ficha (Markdown, from the bundle's templates: the judgement, the double-affiliation warning
     * when another actor's record counts, the actor's argument) and the images' address. Every
     * argument is text, so MessageFormat formats nothing on its own.
     */
    Map<String, Object> formData(HearingContest contest, CitizenRecordView record) {
        String ficha = text("hearing.ficha",
                text(contest.getJudgedStatus() == RecordStatus.NO_VALIDO ? "hearing.ficha.judged.NO_VALIDO"
                        : "hearing.ficha.judged.CON_INCONSISTENCIA"),
                Markdown.escape(contest.getReason()),
                Markdown.escape(record.fullName()),
                Markdown.escape(record.claveElector()),
                Markdown.escape(contest.getContestedBy()),
                Cutoffs.toText(contest.getContestedAt()),
                records.outweighedByAnotherActor(record.id()) ? text("hearing.ficha.outweighed") : "",
                Markdown.escape(contest.getArgument()).replace("\n", " "));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VAR_FICHA, ficha);
        data.put(VAR_IMAGENES, publicUrl.of(HearingImages.reviewerPath(record.id())));
        return data;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SPANISH);
    }
}
