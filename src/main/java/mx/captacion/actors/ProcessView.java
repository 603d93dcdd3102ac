package mx.captacion.actors;

import java.time.LocalDate;

/** A capture process as the API and the portal show it. */
public record ProcessView(String code, String name, ProcessKind kind, String kindLabel, LocalDate periodStart,
                          LocalDate periodEnd, int requiredRecords, int requiredStates) {

    static ProcessView of(CaptureProcess process) {
        return new ProcessView(process.getCode(), process.getName(), process.getKind(), process.getKind().label(),
                process.getPeriodStart(), process.getPeriodEnd(), process.getRequiredRecords(),
                process.getRequiredStates());
    }
}
