package mx.captacion.hearings.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorRejection;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.platform.Cutoffs;
import mx.captacion.records.ReadingRecords;
import mx.captacion.records.RecordStatus;

/**
 * INE staff open a process's garantía de audiencia. A process has one hearing: opening it again is
 * refused ({@code AUDIENCIA_YA_ABIERTA}, 409) rather than extended, so a deadline the actors
 * were shown never moves under them.
 *
 * <p>The hearing comes after the compulsa: while records of the process still wait for its answer
 * ({@code PARA_COMPULSA}), opening is refused ({@code COMPULSA_PENDIENTE}, 409, with how many), since
 * a record the compulsa judges late would leave its actor less of the window, or none, to contest it.
 * INE staff may open it anyway ({@code force}) — answers the DERFE never sends must not hold every
 * actor's hearing back — and the log keeps who did and how many records were still waiting.
 * Records still at the control desk are not counted: they have not reached the compulsa.
 */
@Service
public class OpeningHearing {

    private static final Logger log = LoggerFactory.getLogger(OpeningHearing.class);

    public static final int MAX_WINDOW_DAYS = 90;

    private final Hearings hearings;
    private final CaptureProcesses processes;
    private final ReadingRecords records;
    private final Clock clock;
    private final int defaultWindowDays;

    OpeningHearing(Hearings hearings, CaptureProcesses processes, ReadingRecords records, Clock clock,
                   HearingSettings settings) {
        this.hearings = hearings;
        this.processes = processes;
        this.records = records;
        this.clock = clock;
        this.defaultWindowDays = settings.windowDays();
    }

    /** {@code force}: open even while records wait for the compulsa's answer. */
    @Transactional
    public Hearing open(String processCode, Integer windowDays, boolean force, String openedBy) {
        CaptureProcess process = processes.findByCode(processCode)
                .orElseThrow(() -> ActorRejection.PROCESO_DESCONOCIDO.problem(processCode));
        int days = windowDays == null ? defaultWindowDays : windowDays;
        if (days < 1 || days > MAX_WINDOW_DAYS) {
            throw HearingRejection.PLAZO_INVALIDO.problem(MAX_WINDOW_DAYS);
        }
        hearings.findByProcessId(process.getId()).ifPresent(open -> {
            throw HearingRejection.AUDIENCIA_YA_ABIERTA.problem(processCode, Cutoffs.toText(open.getDeadline()));
        });
        long pending = records.countInProcess(process.getId(), RecordStatus.PARA_COMPULSA);
        if (pending > 0 && !force) {
            throw pending == 1 ? HearingRejection.COMPULSA_PENDIENTE.problemSaying("uno", processCode)
                    : HearingRejection.COMPULSA_PENDIENTE.problem(processCode, pending);
        }
        if (pending > 0) {
            log.warn("{} abrió la garantía de audiencia del proceso {} con {} registros esperando la compulsa",
                    openedBy, processCode, pending);
        }
        return hearings.saveAndFlush(new Hearing(process.getId(), clock.instant(), openedBy, days));
    }

    public int defaultWindowDays() {
        return defaultWindowDays;
    }
}
