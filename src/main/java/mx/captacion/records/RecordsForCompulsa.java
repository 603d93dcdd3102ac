package mx.captacion.records;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.internal.CitizenRecord;

/**
 * The records as the compulsa sends them: those waiting for it ({@link RecordStatus#PARA_COMPULSA})
 * are taken into batches, and a batch is followed by the records that still wait in it. The compulsa
 * keeps its batches (compulsa_batch) and knows them by id only; which record is in which batch is the
 * record's own {@code compulsa_batch_id}, written here alone. Answers are applied by
 * {@link ApplyingCompulsaAnswer}.
 *
 * <p>The column is not mapped in {@link CitizenRecord} on purpose: Hibernate writes every mapped column
 * on save, so a record loaded before it was taken into a batch and saved after would lose its batch.
 */
@Service
public class RecordsForCompulsa {

    /** What the roll is asked about a record waiting for the compulsa: the citizen as captured. */
    public record Waiting(RecordId recordId, String claveElector, String nombre, String apellidoPaterno,
                          String apellidoMaterno, LocalDate fechaNacimiento, String sexo, int entidad, int seccion) {
    }

    private static final String PARA_COMPULSA = RecordStatus.PARA_COMPULSA.name();

    private static final RowMapper<Waiting> WAITING = (rs, n) -> new Waiting(
            new RecordId(rs.getObject("id", UUID.class)), rs.getString("clave_elector"), rs.getString("nombre"),
            rs.getString("apellido_paterno"), rs.getString("apellido_materno"),
            rs.getDate("fecha_nacimiento").toLocalDate(), rs.getString("sexo"), rs.getInt("entidad"),
            rs.getInt("seccion"));

    private final JdbcTemplate jdbc;

    RecordsForCompulsa(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The process whose unsent records wait longest (the earliest review, then the id); empty when none waits. */
    public Optional<Long> longestWaitingProcess() {
        return jdbc.queryForList("""
                select process_id from captacion.citizen_record
                where status = ? and compulsa_batch_id is null
                order by reviewed_at, id limit 1""", Long.class, PARA_COMPULSA).stream().findFirst();
    }

    /** How many records wait for the compulsa and were never sent (or were released), in every process. */
    public long notSent() {
        return jdbc.queryForObject("""
                select count(*) from captacion.citizen_record
                where status = ? and compulsa_batch_id is null""", Long.class, PARA_COMPULSA);
    }

    /**
     * Takes into the batch up to {@code limit} of the process's records that wait for the compulsa and
     * are in no batch, the longest waiting first; how many it took. One statement, in the caller's
     * transaction (where the batch's row was just inserted): a record already taken by a concurrent batch is
     * skipped, since the outer {@code compulsa_batch_id is null} is checked again on the row once that
     * batch commits, so no record is ever in two batches.
     */
    @Transactional
    public int take(long batchId, long processId, int limit) {
        return jdbc.update("""
                update captacion.citizen_record set compulsa_batch_id = ?
                where id in (select id from captacion.citizen_record
                             where status = ? and process_id = ? and compulsa_batch_id is null
                             order by reviewed_at, id limit ?)
                  and compulsa_batch_id is null""", batchId, PARA_COMPULSA, processId, limit);
    }

    /** The batch's records still waiting for their answer, in id order. */
    public List<Waiting> waitingIn(long batchId) {
        return jdbc.query("""
                select id, clave_elector, nombre, apellido_paterno, apellido_materno, fecha_nacimiento, sexo,
                       entidad, seccion
                from captacion.citizen_record where compulsa_batch_id = ? and status = ?
                order by id""", WAITING, batchId, PARA_COMPULSA);
    }

    /**
     * Lets the batch's records still waiting for their answer go out with a next batch; how many.
     * Answered records stay in the batch: they were answered in it.
     */
    @Transactional
    public int release(long batchId) {
        return jdbc.update("""
                update captacion.citizen_record set compulsa_batch_id = null
                where compulsa_batch_id = ? and status = ?""", batchId, PARA_COMPULSA);
    }

    /** Every batch that still has records waiting for their answer, with how many; the others are absent. */
    public Map<Long, Integer> waitingPerBatch() {
        Map<Long, Integer> waiting = new LinkedHashMap<>();
        jdbc.query("""
                select compulsa_batch_id, count(*) from captacion.citizen_record
                where status = ? and compulsa_batch_id is not null
                group by compulsa_batch_id order by compulsa_batch_id""",
                rs -> {
                    waiting.put(rs.getLong(1), rs.getInt(2));
                }, PARA_COMPULSA);
        return waiting;
    }

    /** How many records still wait for their answer in each of these batches; a batch with none is absent. */
    public Map<Long, Integer> waitingPerBatch(Collection<Long> batchIds) {
        Map<Long, Integer> waiting = new LinkedHashMap<>();
        if (batchIds.isEmpty()) {
            return waiting;
        }
        jdbc.query("""
                select compulsa_batch_id, count(*) from captacion.citizen_record
                where compulsa_batch_id = any(?) and status = ?
                group by compulsa_batch_id order by compulsa_batch_id""",
                rs -> {
                    waiting.put(rs.getLong(1), rs.getInt(2));
                }, batchIds.toArray(Long[]::new), PARA_COMPULSA);
        return waiting;
    }

    /** The batch the record was sent in; empty for an unknown record or one never sent. */
    public Optional<Long> batchOf(RecordId recordId) {
        return jdbc.queryForList("select compulsa_batch_id from captacion.citizen_record where id = ?", Long.class,
                recordId.value()).stream().filter(b -> b != null).findFirst();
    }
}
