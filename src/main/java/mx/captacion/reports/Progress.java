package mx.captacion.reports;

import java.time.Instant;
import java.util.List;

/**
 * Seed table 6 ("Reporte de avance preliminar") and table 7 (inconsistencies by type) for one
 * actor as of a cut-off. {@code validos}/{@code noValidos} are the compulsa's results, beyond the seed.
 */
public record Progress(
        String folio,
        String actor,
        Instant cutoff,
        long total,
        long paraCompulsa,
        long duplicados,
        long conInconsistencia,
        long enMesaDeControl,
        long enProcesamiento,
        long validos,
        long noValidos,
        List<InconsistencyCount> inconsistencias) {

    public record InconsistencyCount(String tipo, String descripcion, long total) {
    }
}
