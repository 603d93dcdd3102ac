package mx.captacion.actors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Seed table 1: the actors registered in a process per day (central Mexico time), as of a cut-off. */
public record ActorsPerDay(String process, String processName, Instant cutoff, List<Day> days, long total) {

    /** One day with registrations: how many that day and how many up to and including it. */
    public record Day(int cons, LocalDate day, long registered, long cumulative) {
    }
}
