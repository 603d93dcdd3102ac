package mx.captacion.nota.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorsPerDay;
import mx.captacion.actors.ActorsPerDayReport;
import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.helpdesk.HelpDeskReports;
import mx.captacion.helpdesk.SearchingCases;
import mx.captacion.platform.Cutoffs;
import mx.captacion.records.SubmissionActivity;
import mx.captacion.reports.AuxiliarReport;
import mx.captacion.reports.AuxiliarReports;
import mx.captacion.reports.Progress;
import mx.captacion.reports.ProgressReport;
import mx.captacion.reports.ReceptionReports;
import mx.captacion.reports.RecordsPerDay;
import mx.captacion.reports.RecordsPerMonth;
import mx.captacion.reports.ReportTable;
import mx.captacion.reports.ReportTables;
import mx.captacion.reports.Threshold;
import mx.captacion.reports.ThresholdReport;

/**
 * Gathers the nota informativa of an actor as of one cut-off. Every table uses the same cut-off
 * (the seed quotes a different one per section because it was assembled by hand from several
 * extracts; one instant makes the note consistent with itself and reproducible).
 */
@Service
public class PreparingNota {

    static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter LONG_CUTOFF =
            DateTimeFormatter.ofPattern("HH:mm 'horas del' d 'de' MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", SPANISH);
    private static final DateTimeFormatter LONG_INSTANT =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy 'a las' HH:mm 'horas'", SPANISH);

    private final PoliticalActors actors;
    private final ActorsPerDayReport actorsPerDay;
    private final AuxiliarReports auxiliares;
    private final ProgressReport progress;
    private final ThresholdReport threshold;
    private final ReceptionReports reception;
    private final SubmissionActivity activity;
    private final NotaCharts charts;
    private final HelpDeskReports helpDesk;
    private final SearchingCases searching;
    private final Duration annexWindow;

    PreparingNota(PoliticalActors actors, ActorsPerDayReport actorsPerDay, AuxiliarReports auxiliares,
                  ProgressReport progress, ThresholdReport threshold, ReceptionReports reception,
                  SubmissionActivity activity, NotaCharts charts, HelpDeskReports helpDesk, SearchingCases searching,
                  NotaSettings settings) {
        this.actors = actors;
        this.actorsPerDay = actorsPerDay;
        this.auxiliares = auxiliares;
        this.progress = progress;
        this.threshold = threshold;
        this.reception = reception;
        this.activity = activity;
        this.charts = charts;
        this.helpDesk = helpDesk;
        this.searching = searching;
        this.annexWindow = settings.annexWindow();
    }

    @Transactional(readOnly = true)
    public Optional<NotaInformativa> of(String folio, Instant cutoff) {
        return actors.findByFolio(folio).map(actor -> prepare(actor, cutoff));
    }

    private NotaInformativa prepare(PoliticalActor actor, Instant cutoff) {
        CaptureProcess process = actor.getProcess();
        String folio = actor.getFolio().value();
        ActorsPerDay perDayActors = actorsPerDay.of(process.getCode(), cutoff).orElseThrow();
        RecordsPerMonth perMonth = reception.perMonth(process.getCode(), cutoff).orElseThrow();
        AuxiliarReport aux = auxiliares.of(folio, cutoff).orElseThrow();
        Progress avance = progress.of(folio, cutoff).orElseThrow();
        RecordsPerDay perDay = reception.perDay(folio, cutoff).orElseThrow();
        Threshold umbral = threshold.of(folio, cutoff).orElseThrow();
        NotaInformativa.Narrative narrative = new NotaInformativa.Narrative(perDayActors.total(), perMonth.total(),
                perMonth.meses().size(), aux.total().total(),
                aux.total().activosSinRegistro() + aux.total().activosRegistrados(),
                activity.received(actor.getId(), cutoff), avance.conInconsistencia(),
                perDay.dias().isEmpty() ? null : LONG_DAY.format(perDay.dias().get(0).fecha()),
                umbral.validos(), umbral.registrosRequeridos(), umbral.entidadesConValidos(),
                umbral.entidadesRequeridas(), umbral.pendientes());
        ReportTable thresholdTable = ReportTables.threshold(umbral);
        return new NotaInformativa(folio, actor.getName(), process.getCode(), process.getName(), cutoff,
                Cutoffs.toText(cutoff), LONG_CUTOFF.format(local(cutoff)),
                DAY.format(process.getPeriodStart()), DAY.format(process.getPeriodEnd()),
                LONG_INSTANT.format(local(actor.getRegisteredAt())),
                narrative,
                ReportTables.actorsPerDay(perDayActors),
                ReportTables.recordsPerMonth(perMonth),
                charts.bars("nota.chart.month", perMonth.meses().stream().map(RecordsPerMonth.Month::etiqueta).toList(),
                        perMonth.meses().stream().map(RecordsPerMonth.Month::total).toList()),
                ReportTables.auxiliares(aux),
                ReportTables.bajas(aux),
                ReportTables.progress(avance),
                ReportTables.inconsistencies(avance),
                ReportTables.recordsPerDay(perDay),
                charts.bars("nota.chart.receptionDay", perDay.dias().stream().map(d -> DAY.format(d.fecha())).toList(),
                        perDay.dias().stream().map(RecordsPerDay.Day::total).toList()),
                actor.getRepresentativeName(),
                helpDeskSearch(actor, cutoff),
                helpDeskTypes(actor, cutoff),
                helpDeskDetail(actor, cutoff),
                // the seed has no such table: numbered in annex A
                new ReportTable("A.1", thresholdTable.title(), thresholdTable.subject(), thresholdTable.cutoff(),
                        thresholdTable.headers(), thresholdTable.rows(), thresholdTable.total(), thresholdTable.fileName()),
                umbral.cumple(),
                availability(actor, cutoff));
    }

    /** Seed section 10: every help-desk case (INETEL and MATO) found by the representative's name at the cut-off. */
    private ReportTable helpDeskSearch(PoliticalActor actor, Instant cutoff) {
        List<List<Object>> rows = new ArrayList<>();
        for (SearchingCases.Found found : searching.byName(actor.getRepresentativeName(), "nota informativa", cutoff)
                .found()) {
            rows.add(Arrays.asList(found.number(), local(found.openedAt()).toLocalDate(), orEmpty(found.requester()),
                    found.channel(), found.level(), orEmpty(found.subject()), found.status()));
        }
        return new ReportTable("10", "Casos de la mesa de ayuda encontrados por el nombre del representante legal",
                subject(actor), cutoff, List.of("Reporte", "Fecha", "A quién se atendió", "Medio", "Nivel", "Asunto",
                        "Estado"), rows, null,
                ReportTable.fileName("mesa-ayuda-busqueda", actor.getFolio().value(), cutoff));
    }

    /** Seed table 11: the actor's tickets from its registration to the cut-off, by type and channel. */
    private ReportTable helpDeskTypes(PoliticalActor actor, Instant cutoff) {
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        for (HelpDeskReports.TypeChannelRow row : helpDesk.byTypeAndChannel(helpDeskScope(actor, cutoff))) {
            rows.add(List.of(row.consecutive(), row.types(), row.channel(), row.total()));
            total += row.total();
        }
        return new ReportTable("11", "Atención de reportes recibidos y atendidos por la MATO", subject(actor), cutoff,
                List.of("Cons.", "Tipo de reporte", "Medio de reporte", "Total de reportes"), rows,
                List.of("Total", "", "", total),
                ReportTable.fileName("mesa-ayuda-por-tipo", actor.getFolio().value(), cutoff));
    }

    /** Seed table 12: each ticket, who was attended, why, the answer and its day (none while unanswered). */
    private ReportTable helpDeskDetail(PoliticalActor actor, Instant cutoff) {
        List<List<Object>> rows = new ArrayList<>();
        for (HelpDeskReports.DetailRow row : helpDesk.detail(helpDeskScope(actor, cutoff))) {
            rows.add(Arrays.asList(row.openedOn(), orEmpty(row.requester()),
                    row.reason() == null || row.reason().isBlank() || row.reason().equals(row.subject())
                            ? orEmpty(row.subject()) : orEmpty(row.subject()) + ": " + row.reason(),
                    orEmpty(row.attention()), row.answeredOn() == null ? "Sin atender al corte" : row.answeredOn()));
        }
        return new ReportTable("12", "Detalle de la atención a los reportes de la agrupación política", subject(actor),
                cutoff, List.of("Fecha", "A quién se atendió", "Motivo de reporte", "Atención al reporte",
                        "Fecha de atención"), rows, null,
                ReportTable.fileName("mesa-ayuda-detalle", actor.getFolio().value(), cutoff));
    }

    private static HelpDeskReports.Scope helpDeskScope(PoliticalActor actor, Instant cutoff) {
        return new HelpDeskReports.Scope(local(actor.getRegisteredAt()).toLocalDate(), local(cutoff).toLocalDate(),
                cutoff, actor.getId());
    }

    private static String subject(PoliticalActor actor) {
        return ReportTables.subject(actor.getName(), actor.getFolio().value());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Annex B over the window before the cut-off, from the actor's registration at the earliest. */
    private NotaInformativa.Availability availability(PoliticalActor actor, Instant cutoff) {
        Instant from = cutoff.minus(annexWindow);
        if (actor.getRegisteredAt().isAfter(from) && actor.getRegisteredAt().isBefore(cutoff)) {
            from = actor.getRegisteredAt();
        }
        List<SubmissionActivity.Hour> hours = activity.perHour(actor.getId(), actor.getFolio().value(), from, cutoff);
        List<NotaInformativa.Row> rows = new ArrayList<>();
        Map<String, long[]> codes = new TreeMap<>();
        long accepted = 0;
        long forActor = 0;
        long unidentified = 0;
        long silent = 0;
        int i = 0;
        while (i < hours.size()) {
            SubmissionActivity.Hour hour = hours.get(i);
            if (hour.silent()) {
                int j = i;
                while (j < hours.size() && hours.get(j).silent()) {
                    j++;
                }
                rows.add(new NotaInformativa.Row(hourText(hour.start()), hourText(hours.get(j - 1).start().plusSeconds(3600)),
                        true, j - i, 0, 0, 0, ""));
                silent += j - i;
                i = j;
                continue;
            }
            long actorRefused = sum(hour.refusedForActor());
            long otherRefused = sum(hour.refusedUnidentified());
            hour.refusedForActor().forEach((code, n) -> codes.computeIfAbsent(code, c -> new long[2])[0] += n);
            hour.refusedUnidentified().forEach((code, n) -> codes.computeIfAbsent(code, c -> new long[2])[1] += n);
            Map<String, Long> all = new TreeMap<>(hour.refusedForActor());
            hour.refusedUnidentified().forEach((code, n) -> all.merge(code, n, Long::sum));
            rows.add(new NotaInformativa.Row(hourText(hour.start()), hourText(hour.start().plusSeconds(3600)), false, 1,
                    hour.accepted(), actorRefused, otherRefused,
                    all.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))));
            accepted += hour.accepted();
            forActor += actorRefused;
            unidentified += otherRefused;
            i++;
        }
        List<NotaInformativa.CodeCount> codeCounts = codes.entrySet().stream()
                .map(e -> new NotaInformativa.CodeCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new NotaInformativa.Availability(HOUR.format(local(from)) + " hrs.", Cutoffs.toText(cutoff),
                hours.size(), silent, accepted, forActor, unidentified, rows, codeCounts, charts.availability(hours));
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String hourText(Instant instant) {
        return HOUR.format(local(instant));
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(CaptureProcess.ZONE);
    }
}
