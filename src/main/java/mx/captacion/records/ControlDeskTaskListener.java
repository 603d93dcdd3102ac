package mx.captacion.records;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcess;

/**
 * {@code ControlDeskReview}'s listener. On create it gives the form what the reviewer must see, as
 * task-local variables that vanish with the task (images only as links the platform serves to
 * reviewers). On complete it records who decided; {@link ReviewDecisionCheck} refuses a decision
 * that is not one.
 */
@Component("controlDeskTask")
class ControlDeskTaskListener implements TaskListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'hrs.'");

    private final CitizenRecords records;
    private final IdentityService identityService;
    private final String publicUrl;

    ControlDeskTaskListener(CitizenRecords records, IdentityService identityService,
                            @Value("${captacion.public-url}") String publicUrl) {
        this.records = records;
        this.identityService = identityService;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariablesLocal(formData(recordOf(task)));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariable(CitizenRecordProcess.VAR_REVIEWER, reviewer(task));
        }
    }

    private CitizenRecord recordOf(DelegateTask task) {
        UUID id = UUID.fromString((String) task.getVariable(CitizenRecordProcess.VAR_RECORD_ID));
        return records.findById(id).orElseThrow(() -> new IllegalStateException("No existe el registro " + id));
    }

    private String reviewer(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    Map<String, Object> formData(CitizenRecord record) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nombreCompleto", record.fullName());
        data.put("claveElector", record.getClaveElector());
        data.put("curp", record.getCurp());
        data.put("fechaNacimiento", DAY.format(record.getFechaNacimiento()));
        data.put("sexo", Sexo.of(record.getSexo()).map(Sexo::displayName).orElse(record.getSexo()));
        data.put("entidad", Entidad.byNumber(record.getEntidad()).map(Entidad::displayName).orElse("?"));
        data.put("seccion", String.valueOf(record.getSeccion()));
        data.put("vigencia", record.getVigencia() == null ? "no capturada" : String.valueOf(record.getVigencia()));
        data.put("capturadoEl", INSTANT.format(record.getCapturedAt().atZone(CaptureProcess.ZONE)));
        data.put("canal", record.getChannel() == CaptureChannel.MI_APOYO ? "Mi Apoyo" : "Auxiliar");
        data.put("hallazgos", record.getFindings());
        for (ImageKind kind : ImageKind.values()) {
            data.put(kind.apiName() + "Url", publicUrl + RecordImagesController.path(record.getId(), kind));
        }
        return data;
    }
}
