package mx.captacion.reports;

import java.time.Instant;
import java.util.List;

/**
 * Records a process received per month, broken down per state of the credential ({@code ENTIDAD})
 * or per actor ({@code ACTOR}), as of a cut-off: one row per state or actor, one count per month
 * of {@code meses}, and the totals per month in {@code totales}.
 */
public record RecordsPerMonthBy(String process, String processName, Instant cutoff, Breakdown desglose,
                                List<String> meses, List<Row> filas, List<Long> totales, long total) {

    public enum Breakdown { ENTIDAD, ACTOR }

    /** A state (clave "09", name) or an actor (folio, name), with its counts per month and total. */
    public record Row(String clave, String nombre, List<Long> porMes, long total) {
    }
}
