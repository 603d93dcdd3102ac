package mx.captacion.auxiliares;

import java.time.Instant;

/** A status an auxiliar held, from its instant until the next change ({@code to} null: still holds it). */
public record StatusPeriod(AuxiliarStatus status, BajaCause bajaCause, Instant from, Instant to) {
}
