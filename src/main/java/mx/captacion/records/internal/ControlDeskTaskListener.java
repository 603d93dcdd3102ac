package mx.captacion.records.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;
import mx.captacion.platform.CompletingUser;
import mx.captacion.platform.Markdown;
import mx.captacion.platform.PublicUrl;
import mx.captacion.records.CaptureChannel;
import mx.captacion.records.CitizenRecordProcess;

/**
 * {@code ControlDeskReview}'s listener. On create it gives the form what the reviewer must see, as
 * task-local variables that vanish with the task (images only as links the platform serves to
 * reviewers), the findings headed by a warning when the screening rules gave one. On complete it
 * records who decided; {@link ReviewDecisionCheck} refuses a decision that is not one.
 *
 * <p>The task's name is what Tasklist's card shows: the BPMN's «Revisar en mesa de control» read the
 * same on every card, so on create the name becomes what tells one record from the next without
 * naming the citizen (state, capture time, who captured it); the citizen's data stays in the form,
 * whose every read the bitácora logs.
 */
@Component("controlDeskTask")
class ControlDeskTaskListener implements TaskListener {

    static final String VAR_FICHA = "ficha";
    static final String VAR_IMAGENES = "imagenes";
    /** Bundle key of the findings' heading when the screening rules sent the record with a warning (record-screening.dmn). */
    static final String WARNING = "controlDesk.ficha.heading.warning";
    /** Bundle key of the findings' heading when the screening rules flagged the record for fraud review. */
    static final String FRAUD = "controlDesk.ficha.heading.fraud";
    /** Bundle key of the findings' heading otherwise. */
    static final String SCREENING = "controlDesk.ficha.heading.screening";
    /** The platform speaks only Spanish (spring.web.locale); a task listener has no request to take a locale from. */
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    /** True when the record was flagged for fraud review: the form shows a banner, a task query can filter on it. */
    static final String VAR_POSIBLE_FRAUDE = "posibleFraude";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");
    private static final DateTimeFormatter CARD_INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CitizenRecords records;
    private final Auxiliares auxiliares;
    private final CompletingUser completingUser;
    private final TaskService taskService;
    private final PublicUrl publicUrl;
    private final MessageSource messages;

    ControlDeskTaskListener(CitizenRecords records, Auxiliares auxiliares, CompletingUser completingUser,
                            TaskService taskService, PublicUrl publicUrl, MessageSource messages) {
        this.records = records;
        this.auxiliares = auxiliares;
        this.completingUser = completingUser;
        this.taskService = taskService;
        this.publicUrl = publicUrl;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            CitizenRecord record = recordOf(task);
            task.setName(cardName(record));
            task.setVariablesLocal(formData(record, heading(record, task.getVariable(CitizenRecordProcess.VAR_SCREENING_ROUTE))));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(CitizenRecordProcess.VAR_REVIEWER, completingUser.of(task).orElse(null));
        }
    }

    /**
     * A record waiting at the control desk that a later record found its picture in: its open task
     * shows the flag and the later record's id from now on.
     */
    @EventListener
    void on(FlaggedForFraudReview flagged) {
        records.findById(flagged.recordId()).ifPresent(this::flagForFraudReview);
    }

    private void flagForFraudReview(CitizenRecord record) {
        taskService.createTaskQuery().processInstanceBusinessKey(record.getId().toString())
                .taskDefinitionKey(CitizenRecordProcess.TASK_CONTROL_DESK).list()
                .forEach(task -> taskService.setVariablesLocal(task.getId(), formData(record, FRAUD)));
    }

    /** «Jalisco · capturado 05/12/2026 14:03 · AUX-0001000», or «… · Mi Apoyo» for a citizen's own record. */
    String cardName(CitizenRecord record) {
        String capturedBy = record.getChannel() == CaptureChannel.MI_APOYO
                ? text("controlDesk.ficha.channel." + CaptureChannel.MI_APOYO.name())
                : Optional.ofNullable(record.getAuxiliarKey()).flatMap(auxiliares::findById)
                        .map(auxiliar -> auxiliar.getAuxiliarId().value()).orElseGet(() -> text("controlDesk.card.auxiliar"));
        return text("controlDesk.card",
                Entidad.byNumber(record.getEntidad()).map(Entidad::displayName)
                        .orElseGet(() -> text("controlDesk.card.entidad", record.getEntidad())),
                CARD_INSTANT.format(record.getCapturedAt().atZone(CaptureProcess.ZONE)), capturedBy);
    }

    private static String heading(CitizenRecord record, Object route) {
        if (record.isReusedImage() || CitizenRecordProcess.ROUTE_CONTROL_DESK_FRAUD_REVIEW.equals(route)) {
            return FRAUD;
        }
        return CitizenRecordProcess.ROUTE_CONTROL_DESK_WITH_WARNING.equals(route) ? WARNING : SCREENING;
    }

    private CitizenRecord recordOf(DelegateTask task) {
        UUID id = CitizenRecordProcess.recordIdOf(task);
        return records.findById(id).orElseThrow(() -> new IllegalStateException("No existe el registro " + id));
    }

    /**
     * Two variables, not one per field: a task's variables are rows that every later variable read
     * of the instance scans, and at national volumes they add up.
     */
    Map<String, Object> formData(CitizenRecord record, String headingKey) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VAR_FICHA, ficha(record, headingKey));
        data.put(VAR_POSIBLE_FRAUDE, FRAUD.equals(headingKey));
        data.put(VAR_IMAGENES, publicUrl.of(RecordImagesController.basePath(record.getId())));
        return data;
    }

    /**
     * The record as the reviewer reads it, from the bundle's template: the heading over the findings,
     * then the captured data. Every argument is text, so MessageFormat formats no number (a sección
     * 1234 would read «1,234»).
     */
    String ficha(CitizenRecord record, String headingKey) {
        return text("controlDesk.ficha",
                text(headingKey),
                Markdown.escape(record.getFindings()).replace("\n", " "),
                Markdown.escape(record.fullName()),
                Markdown.escape(record.getClaveElector()),
                Markdown.escape(record.getCurp()),
                DAY.format(record.getFechaNacimiento()),
                Sexo.of(record.getSexo()).map(Sexo::displayName).orElse(Markdown.escape(record.getSexo())),
                Entidad.byNumber(record.getEntidad()).map(Entidad::displayName)
                        .orElseGet(() -> text("controlDesk.ficha.unknownEntidad")),
                String.valueOf(record.getSeccion()),
                record.getVigencia() == null ? text("controlDesk.ficha.noVigencia") : String.valueOf(record.getVigencia()),
                INSTANT.format(record.getCapturedAt().atZone(CaptureProcess.ZONE)),
                text("controlDesk.ficha.channel." + record.getChannel().name()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, SPANISH);
    }
}
