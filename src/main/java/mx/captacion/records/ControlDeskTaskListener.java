package mx.captacion.records;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.platform.Markdown;
import mx.captacion.platform.PublicUrl;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;

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
    /** Heads the findings when the screening rules sent the record with a warning (record-screening.dmn). */
    static final String WARNING = "⚠ Advertencia de la revisión automática";
    /** Heads the findings when the screening rules flagged the record for fraud review. */
    static final String FRAUD = "⚠ Posible fraude: imagen reutilizada";
    /** True when the record was flagged for fraud review: the form shows a banner, a task query can filter on it. */
    static final String VAR_POSIBLE_FRAUDE = "posibleFraude";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");
    private static final DateTimeFormatter CARD_INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CitizenRecords records;
    private final Auxiliares auxiliares;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final PublicUrl publicUrl;

    ControlDeskTaskListener(CitizenRecords records, Auxiliares auxiliares, IdentityService identityService,
                            TaskService taskService, PublicUrl publicUrl) {
        this.records = records;
        this.auxiliares = auxiliares;
        this.identityService = identityService;
        this.taskService = taskService;
        this.publicUrl = publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            CitizenRecord record = recordOf(task);
            task.setName(cardName(record));
            task.setVariablesLocal(formData(record, heading(record, task.getVariable(CitizenRecordProcess.VAR_SCREENING_ROUTE))));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(CitizenRecordProcess.VAR_REVIEWER, reviewer(task));
        }
    }

    /**
     * A record waiting at the control desk that a later record found its picture in: its open task
     * shows the flag and the later record's id from now on.
     */
    void flagForFraudReview(CitizenRecord record) {
        taskService.createTaskQuery().processInstanceBusinessKey(record.getId().toString())
                .taskDefinitionKey(CitizenRecordProcess.TASK_CONTROL_DESK).list()
                .forEach(task -> taskService.setVariablesLocal(task.getId(), formData(record, FRAUD)));
    }

    /** «Jalisco · capturado 05/12/2026 14:03 · AUX-0001000», or «… · Mi Apoyo» for a citizen's own record. */
    String cardName(CitizenRecord record) {
        String capturedBy = record.getChannel() == CaptureChannel.MI_APOYO ? "Mi Apoyo"
                : Optional.ofNullable(record.getAuxiliarId()).flatMap(auxiliares::findById)
                        .map(Auxiliar::getAuxiliarId).orElse("auxiliar");
        return "%s · capturado %s · %s".formatted(
                Entidad.byNumber(record.getEntidad()).map(Entidad::displayName).orElse("Entidad " + record.getEntidad()),
                CARD_INSTANT.format(record.getCapturedAt().atZone(CaptureProcess.ZONE)), capturedBy);
    }

    private static String heading(CitizenRecord record, Object route) {
        if (record.isReusedImage() || CitizenRecordProcess.ROUTE_CONTROL_DESK_FRAUD_REVIEW.equals(route)) {
            return FRAUD;
        }
        return CitizenRecordProcess.ROUTE_CONTROL_DESK_WITH_WARNING.equals(route) ? WARNING : "Revisión automática";
    }

    private CitizenRecord recordOf(DelegateTask task) {
        UUID id = CitizenRecordProcess.recordIdOf(task);
        return records.findById(id).orElseThrow(() -> new IllegalStateException("No existe el registro " + id));
    }

    private String reviewer(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /**
     * Two variables, not one per field: a task's variables are rows that every later variable read
     * of the instance scans, and at national volumes they add up.
     */
    Map<String, Object> formData(CitizenRecord record, String heading) {
        String ficha = """
                **%s:** %s

                | Dato | Valor capturado |
                |---|---|
                | Nombre | %s |
                | Clave de elector | %s |
                | CURP | %s |
                | Fecha de nacimiento | %s |
                | Sexo | %s |
                | Entidad | %s |
                | Sección | %s |
                | Vigencia | %s |
                | Capturado el | %s |
                | Canal | %s |
                """.formatted(
                heading,
                Markdown.escape(record.getFindings()).replace("\n", " "),
                Markdown.escape(record.fullName()),
                Markdown.escape(record.getClaveElector()),
                Markdown.escape(record.getCurp()),
                DAY.format(record.getFechaNacimiento()),
                Sexo.of(record.getSexo()).map(Sexo::displayName).orElse(Markdown.escape(record.getSexo())),
                Entidad.byNumber(record.getEntidad()).map(Entidad::displayName).orElse("?"),
                record.getSeccion(),
                record.getVigencia() == null ? "no capturada" : record.getVigencia(),
                INSTANT.format(record.getCapturedAt().atZone(CaptureProcess.ZONE)),
                record.getChannel() == CaptureChannel.MI_APOYO ? "Mi Apoyo" : "Auxiliar");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(VAR_FICHA, ficha);
        data.put(VAR_POSIBLE_FRAUDE, FRAUD.equals(heading));
        data.put(VAR_IMAGENES, publicUrl.of(RecordImagesController.basePath(record.getId())));
        return data;
    }
}
