package mx.captacion.hearings;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorRejection;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.Cutoffs;

/**
 * INE staff open a process's garantía de audiencia. A process has one hearing: opening it again is
 * refused ({@code AUDIENCIA_YA_ABIERTA}, 409) rather than extended, so a deadline the actors
 * were shown never moves under them.
 */
@Service
public class OpeningHearing {

    public static final int MAX_WINDOW_DAYS = 90;

    private final Hearings hearings;
    private final CaptureProcesses processes;
    private final Clock clock;
    private final int defaultWindowDays;

    OpeningHearing(Hearings hearings, CaptureProcesses processes, Clock clock,
                   @Value("${captacion.audiencia.window-days:10}") int defaultWindowDays) {
        this.hearings = hearings;
        this.processes = processes;
        this.clock = clock;
        this.defaultWindowDays = defaultWindowDays;
    }

    @Transactional
    public Hearing open(String processCode, Integer windowDays, String openedBy) {
        CaptureProcess process = processes.findByCode(processCode)
                .orElseThrow(() -> ActorRejection.PROCESO_DESCONOCIDO.problem(processCode));
        int days = windowDays == null ? defaultWindowDays : windowDays;
        if (days < 1 || days > MAX_WINDOW_DAYS) {
            throw new ApiProblem("PLAZO_INVALIDO", 400,
                    "El plazo de la garantía de audiencia debe ser de 1 a " + MAX_WINDOW_DAYS + " días.");
        }
        hearings.findByProcessId(process.getId()).ifPresent(open -> {
            throw new ApiProblem("AUDIENCIA_YA_ABIERTA", 409,
                    "La garantía de audiencia del proceso " + processCode + " ya se abrió; su plazo vence el "
                            + Cutoffs.toText(open.getDeadline()));
        });
        return hearings.saveAndFlush(new Hearing(process.getId(), clock.instant(), openedBy, days));
    }

    public int defaultWindowDays() {
        return defaultWindowDays;
    }
}
