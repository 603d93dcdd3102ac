package mx.captacion.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import mx.captacion.IntegrationTestBase;
import mx.captacion.actors.ActorsPerDay;
import mx.captacion.actors.ActorsPerDayReport;
import mx.captacion.auxiliares.BajaCause;
import mx.captacion.records.InconsistencyType;
import mx.captacion.reports.AuxiliarReport;
import mx.captacion.reports.AuxiliarReports;
import mx.captacion.reports.Progress;
import mx.captacion.reports.ProgressReport;
import mx.captacion.reports.ReceptionReports;
import mx.captacion.reports.RecordsPerDay;

/**
 * The seed replayed through the platform's real paths reproduces the seed's tables 1, 4, 5, 6, 7 and
 * 8 exactly, at the seed's cut-offs, in the platform's own reports (the ones the nota renders).
 */
class SeedReplayIT extends IntegrationTestBase {

    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    ActorsPerDayReport actorsPerDay;
    @Autowired
    AuxiliarReports auxiliarReports;
    @Autowired
    ProgressReport progress;
    @Autowired
    ReceptionReports reception;

    @Test
    void theReplayReproducesTheSeedsTables() {
        // the test database outlives runs: a new process, and other synthetic people, every time
        long suffix = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        // a bean of the demo profile only: built here, in the context every IT shares, rather than
        // started in a second context with the demo's data and a second job executor
        SeedScenario scenario = beans.createBean(SeedScenario.class);
        SeedScenario.Result result = scenario.run("SEMILLA-" + suffix, suffix);
        System.out.printf("Semilla reproducida: %d eventos en %d s%n", result.events(), result.took().toSeconds());
        String folio = result.folio();

        // table 1
        ActorsPerDay actors = actorsPerDay.of(result.processCode(), SeedScenario.CUTOFF_ACTORS).orElseThrow();
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        actors.days().forEach(day -> perDay.put(day.day(), day.registered()));
        assertThat(perDay).containsExactlyEntriesOf(longs(SeedScenario.ACTORS_PER_DAY));
        assertThat(actors.total()).isEqualTo(31);

        // tables 4 and 5
        AuxiliarReport auxiliares = auxiliarReports.of(folio, SeedScenario.CUTOFF_AUXILIARES).orElseThrow();
        Map<LocalDate, List<Long>> rows = new LinkedHashMap<>();
        auxiliares.dias().forEach(d -> rows.put(d.fecha(),
                List.of(d.activosSinRegistro(), d.activosRegistrados(), d.bajas(), d.total())));
        Map<LocalDate, List<Long>> seedRows = new LinkedHashMap<>();
        SeedScenario.AUXILIARES_PER_DAY.forEach((day, c) ->
                seedRows.put(day, List.of((long) c[0], (long) c[1], (long) c[2], (long) (c[0] + c[1] + c[2]))));
        assertThat(rows).containsExactlyEntriesOf(seedRows);
        assertThat(List.of(auxiliares.total().activosSinRegistro(), auxiliares.total().activosRegistrados(),
                auxiliares.total().bajas(), auxiliares.total().total())).containsExactly(201L, 240L, 94L, 535L);
        Map<String, Long> causes = new LinkedHashMap<>();
        auxiliares.bajas().stream().filter(c -> c.total() > 0).forEach(c -> causes.put(c.causa(), c.total()));
        Map<String, Long> seedCauses = new LinkedHashMap<>();
        SeedScenario.BAJAS_BY_CAUSE.forEach((cause, n) -> seedCauses.put(cause.name(), (long) n));
        assertThat(causes).containsExactlyEntriesOf(seedCauses);
        assertThat(causes).doesNotContainKey(BajaCause.REGISTRO_EN_APP_VENCIDO.name());
        assertThat(auxiliares.totalBajas()).isEqualTo(94);

        // tables 6 and 7
        Progress avance = progress.of(folio, SeedScenario.CUTOFF_RECORDS).orElseThrow();
        assertThat(table6(avance)).containsExactly(3_309L, 1_392L, 43L, 105L, 1_434L, 335L);
        Map<String, Long> types = new LinkedHashMap<>();
        avance.inconsistencias().forEach(t -> types.put(t.tipo(), t.total()));
        Map<String, Long> seedTypes = new LinkedHashMap<>();
        SeedScenario.INCONSISTENCIES.forEach((type, n) -> seedTypes.put(type.name(), (long) n));
        assertThat(types).containsExactlyEntriesOf(seedTypes);
        assertThat(InconsistencyType.values()).hasSize(seedTypes.size());

        // table 8
        RecordsPerDay received = reception.perDay(folio, SeedScenario.CUTOFF_RECORDS).orElseThrow();
        Map<LocalDate, Long> perReceptionDay = new LinkedHashMap<>();
        received.dias().stream().filter(d -> d.total() > 0).forEach(d -> perReceptionDay.put(d.fecha(), d.total()));
        assertThat(perReceptionDay).containsExactlyEntriesOf(longs(SeedScenario.RECORDS_PER_DAY));
        assertThat(received.total()).isEqualTo(3_309);

        // the text under table 6: 3,283 records from 163 auxiliares and 26 through Mi Apoyo
        Timestamp cutoff = Timestamp.from(SeedScenario.CUTOFF_RECORDS);
        Map<String, Object> senders = jdbc.queryForMap("""
                select count(distinct r.auxiliar_id) as auxiliares,
                       count(*) filter (where r.channel = 'MI_APOYO') as mi_apoyo
                  from captacion.citizen_record r join captacion.political_actor a on a.id = r.actor_id
                 where a.folio = ? and r.received_at <= ?""", folio, cutoff);
        assertThat(((Number) senders.get("auxiliares")).longValue()).isEqualTo(163);
        assertThat(((Number) senders.get("mi_apoyo")).longValue()).isEqualTo(26);

        // after the cut-off the backlog was processed, and nothing of the replay waits for the job executor
        assertThat(jdbc.queryForObject("""
                select count(*) from captacion.citizen_record r join captacion.political_actor a on a.id = r.actor_id
                 where a.folio = ? and r.status = 'EN_PROCESAMIENTO'""", Long.class, folio)).isZero();
        // table 2 for the whole process (only this actor sends records): the daily rollup was counted
        // again after the replay wrote the past, and the process-wide reports read it
        assertThat(jdbc.queryForObject("""
                select count(*) from captacion.reception_rollup u join captacion.capture_process p on p.id = u.process_id
                 where p.code = ?""", Long.class, result.processCode())).isEqualTo(1);
        Map<String, Long> perMonth = new LinkedHashMap<>();
        reception.perMonth(result.processCode(), SeedScenario.CUTOFF_RECORDS).orElseThrow().meses().stream()
                .filter(m -> m.total() > 0).forEach(m -> perMonth.put(m.etiqueta(), m.total()));
        assertThat(perMonth).containsExactly(Map.entry("Diciembre 2022", 29L), Map.entry("Enero 2023", 3_280L));

        // the citizens are in the lista nominal: a compulsa now (real time, after every cut-off) finds
        // the valid records valid, and the table at the cut-off still shows them where they were then
        ensureReviewerAndAnalyst();
        int sent = body(postJson("/api/v1/compulsa/lotes", ANALYST,
                Map.of("proceso", result.processCode(), "destino", "local"))).get("registros").asInt();
        assertThat(sent).isPositive();
        assertThat(jdbc.queryForList("""
                select r.status from captacion.citizen_record r join captacion.political_actor a on a.id = r.actor_id
                 where a.folio = ? and r.status in ('VALIDO', 'NO_VALIDO')""", String.class, folio))
                .hasSize(sent).containsOnly("VALIDO");
        assertThat(table6(progress.of(folio, SeedScenario.CUTOFF_RECORDS).orElseThrow()))
                .containsExactly(3_309L, 1_392L, 43L, 105L, 1_434L, 335L);

        // how long it took is printed, not asserted: speed is for benchmarks, not for a shared test machine
        System.out.printf("Seed replay: %d events in %d s%n", result.events(), result.took().toSeconds());
    }

    private static List<Long> table6(Progress avance) {
        return List.of(avance.total(), avance.paraCompulsa(), avance.duplicados(), avance.conInconsistencia(),
                avance.enMesaDeControl(), avance.enProcesamiento());
    }

    private static Map<LocalDate, Long> longs(Map<LocalDate, Integer> counts) {
        Map<LocalDate, Long> longs = new LinkedHashMap<>();
        counts.forEach((day, n) -> longs.put(day, (long) n));
        return longs;
    }
}
