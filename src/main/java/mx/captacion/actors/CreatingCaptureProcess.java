package mx.captacion.actors;

import java.time.format.DateTimeFormatter;

import jakarta.validation.Validator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.platform.Validation;

/**
 * INE staff create a capture process: its code, kind, period, what an actor must reach and how the
 * control desk reviews its records (all of them, or a sample).
 */
@Service
public class CreatingCaptureProcess {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CaptureProcesses processes;
    private final Validator validator;

    CreatingCaptureProcess(CaptureProcesses processes, Validator validator) {
        this.processes = processes;
        this.validator = validator;
    }

    @Transactional
    public CaptureProcess create(NewCaptureProcess data) {
        Validation.require(validator, data, NewCaptureProcess.FIELD_NAMES);
        if (data.periodEnd().isBefore(data.periodStart())) {
            throw ActorRejection.PERIODO_INVALIDO.problem(DAY.format(data.periodEnd()), DAY.format(data.periodStart()));
        }
        if (data.reviewModeOrDefault() == ReviewMode.MUESTREO
                && (data.sampleRate() == null || data.errorThreshold() == null || data.minSampledReviews() == null)) {
            throw ActorRejection.MUESTREO_INCOMPLETO.problem();
        }
        if (processes.findByCode(data.code()).isPresent()) {
            throw ActorRejection.PROCESO_YA_EXISTE.problem(data.code());
        }
        CaptureProcess process = new CaptureProcess(data.code(), data.name().trim(), data.kind(),
                data.periodStart(), data.periodEnd(), data.requiredRecords(), data.requiredStates());
        if (data.reviewModeOrDefault() == ReviewMode.MUESTREO) {
            process.sampleControlDesk(data.sampleRate(), data.errorThreshold(), data.minSampledReviews());
        }
        try {
            return processes.saveAndFlush(process);
        } catch (DataIntegrityViolationException concurrent) {
            // the same code created a moment ago by someone else: the unique key decides
            throw ActorRejection.PROCESO_YA_EXISTE.problem(data.code());
        }
    }
}
