package mx.captacion.auxiliares;

import java.time.Instant;

/**
 * An auxiliar's status changed: the status and cause its history row says, taken when the change
 * happened, at the use case's instant. The auxiliar itself rides along because a new one has its id
 * only once it is stored, after the change was registered.
 */
public record AuxiliarStatusChanged(Auxiliar auxiliar, AuxiliarStatus status, BajaCause bajaCause, Instant at) {
}
