package mx.captacion.nota;

import java.time.Instant;
import java.util.List;

import mx.captacion.actors.ActorsPerDay;
import mx.captacion.records.SubmissionActivity;
import mx.captacion.reports.AuxiliarReport;
import mx.captacion.reports.Progress;
import mx.captacion.reports.Threshold;

/**
 * Everything the nota informativa of one actor shows as of one cut-off, laid out like the seed
 * note: its tables keep the seed's numbers (1 actors per day, 4–5 auxiliares, 6–7 progress), and
 * two annexes the seed lacks (A the process's requirement, B the platform's availability). Dates
 * are already in Spanish; numbers are formatted by the template.
 */
public record NotaInformativa(
        String folio,
        String actor,
        String processCode,
        String processName,
        Instant cutoff,
        /** e.g. 20/01/2023 00:07 hrs., as captions quote it */
        String cutoffText,
        /** e.g. 00:07 horas del 20 de enero de 2023, as the narrative quotes it */
        String cutoffLong,
        String periodStart,
        String periodEnd,
        /** e.g. 14 de diciembre de 2022 a las 11:58 horas */
        String actorRegistered,
        ActorsPerDay actorsPerDay,
        AuxiliarReport auxiliares,
        Progress progress,
        SubmissionActivity.Reception reception,
        Threshold threshold,
        Availability availability) {

    /** Annex B: the window before the cut-off, hour by hour, silent stretches folded into one row. */
    public record Availability(String from, String to, long hours, long silentHours, long accepted,
                               long refusedForActor, long refusedUnidentified, List<Row> rows, List<CodeCount> codes,
                               String chart) {
    }

    /**
     * One row of annex B: an hour with any activity, or a stretch of silent hours ({@code silent}),
     * where nothing was accepted or refused.
     */
    public record Row(String from, String to, boolean silent, long hours, long accepted, long refusedForActor,
                      long refusedUnidentified, String codes) {
    }

    /** Refusals in the window by code, the actor's and those naming no actor. */
    public record CodeCount(String code, long forActor, long unidentified) {
    }
}
