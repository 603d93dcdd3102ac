package mx.captacion.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Seed table 4 (auxiliares by registration day × status) and table 5 (bajas by cause) for one
 * actor as of a cut-off.
 */
public record AuxiliarReport(
        String folio,
        String actor,
        Instant cutoff,
        List<Day> dias,
        Day total,
        List<Cause> bajas,
        long totalBajas) {

    /** One row of table 4; the total row has no date. */
    public record Day(LocalDate fecha, long activosSinRegistro, long activosRegistrados, long bajas, long total) {
    }

    /** One row of table 5. */
    public record Cause(String causa, String descripcion, long total) {
    }
}
