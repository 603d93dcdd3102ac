package mx.captacion.nota.internal;

import java.time.Instant;
import java.util.List;

import mx.captacion.records.SubmissionActivity;
import mx.captacion.reports.ReportTable;

/**
 * Everything the nota informativa of one actor shows as of one cut-off, laid out like the seed
 * note: its tables keep the seed's numbers (1 actors per day, 2–3 records per month, 4–5
 * auxiliares, 6–7 progress, 8–9 records per day, 11–12 the help desk's tickets) and two annexes the seed lacks (A the process's
 * requirement, B the platform's availability). Texts are already in Spanish; the narrative's
 * figures are the template's to format.
 */
public record NotaInformativa(
        String folio,
        String actor,
        String processCode,
        String processName,
        Instant cutoff,
        /* e.g. 20/01/2023 00:07 hrs., as captions quote it */
        String cutoffText,
        /* e.g. 00:07 horas del 20 de enero de 2023, as the narrative quotes it */
        String cutoffLong,
        String periodStart,
        String periodEnd,
        /* e.g. 14 de diciembre de 2022 a las 11:58 horas */
        String actorRegistered,
        Narrative narrative,
        ReportTable actorsPerDay,
        ReportTable recordsPerMonth,
        String recordsPerMonthChart,
        ReportTable auxiliares,
        ReportTable bajas,
        ReportTable progress,
        ReportTable inconsistencies,
        ReportTable recordsPerDay,
        String recordsPerDayChart,
        /* seed section 10: the help desk's cases found by the representative's name, opened by the cut-off */
        String searchedName,
        ReportTable helpDeskSearch,
        /* seed tables 11 and 12: the help desk's tickets of the actor, from its registration to the cut-off */
        ReportTable helpDeskTypes,
        ReportTable helpDeskDetail,
        ReportTable threshold,
        boolean meetsThreshold,
        Availability availability) {

    /** The figures the seed's sentences quote. */
    public record Narrative(long actors, long processRecords, int months, long auxiliares, long activeAuxiliares,
                            SubmissionActivity.Reception reception, long inconsistencies,
                            /* e.g. 14 de diciembre de 2022; null when nothing was received */
                            String firstReceptionDay, long validos, long requiredRecords, int statesWithValid,
                            int requiredStates, long pending) {
    }

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
