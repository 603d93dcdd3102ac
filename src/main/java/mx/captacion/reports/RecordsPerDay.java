package mx.captacion.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Seed table 8 (and the data of figure 9): the records an actor's auxiliares and Mi Apoyo sent
 * that reached the INE per day of reception (central Mexico), as of a cut-off; only days with
 * records are listed, as in the seed.
 */
public record RecordsPerDay(String folio, String actor, Instant cutoff, List<Day> dias, long total) {

    public record Day(int cons, LocalDate fecha, long total) {
    }
}
