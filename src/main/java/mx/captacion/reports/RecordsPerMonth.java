package mx.captacion.reports;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Seed table 2 (and the data of figure 3): the records a process received per month, all actors,
 * as of a cut-off. Every month of the process's period up to the cut-off is listed, with zero
 * when nothing arrived.
 */
public record RecordsPerMonth(String process, String processName, Instant cutoff, List<Month> meses, long total) {

    /** One month, e.g. {@code Enero 2023}. */
    public record Month(int cons, YearMonth mes, String etiqueta, long total) {
    }
}
