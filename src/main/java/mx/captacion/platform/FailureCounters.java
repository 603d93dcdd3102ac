package mx.captacion.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failures per key (a user name, a receipt code, a client address) in the database, so every
 * node of a cluster and a restarted node see the same counts. Keys are stored as their SHA-256: fixed
 * size, and a user name typed by mistake (often a password) is not kept readable. A counter is written
 * in its own transaction — a refused look-up rolls its own transaction back, the count must stay —
 * and rows that no longer count are purged at most once a minute per node, so a flood of invented
 * names holds at most the rows of one counting period.
 */
@Component
public class FailureCounters {

    private static final Logger log = LoggerFactory.getLogger(FailureCounters.class);
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    /** One key's failures: how many, since when, the last one, and until when it locks (if it does). */
    public record Counter(int failures, Instant since, Instant lastFailure, Instant lockedUntil, Instant expiresAt) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    public FailureCounters(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The key's counter, if it has one that still counts. */
    public Optional<Counter> current(String scope, String key) {
        Instant now = clock.instant();
        return jdbc.query("""
                        select failures, since, last_failure, locked_until, expires_at from captacion.failure_counter
                         where scope = ? and key_hash = ?""", FailureCounters::counter, scope, hash(key))
                .stream().filter(counter -> now.isBefore(counter.expiresAt())).findFirst();
    }

    /**
     * Records one failure: {@code next} gets the counter that still counts (if any) and answers the
     * new one. Two nodes counting the same key at once both count: the row is locked while it changes.
     */
    public Counter fail(String scope, String key, Function<Optional<Counter>, Counter> next) {
        purgeNowAndThen();
        String hash = hash(key);
        for (int attempt = 0; ; attempt++) {
            try {
                return ownTransaction.execute(status -> {
                    Instant now = clock.instant();
                    List<Counter> found = jdbc.query("""
                            select failures, since, last_failure, locked_until, expires_at from captacion.failure_counter
                             where scope = ? and key_hash = ? for update""", FailureCounters::counter, scope, hash);
                    Counter counter = next.apply(found.stream().filter(c -> now.isBefore(c.expiresAt())).findFirst());
                    if (found.isEmpty()) {
                        jdbc.update("""
                                insert into captacion.failure_counter
                                  (scope, key_hash, failures, since, last_failure, locked_until, expires_at)
                                values (?, ?, ?, ?, ?, ?, ?)""", scope, hash, counter.failures(),
                                timestamp(counter.since()), timestamp(counter.lastFailure()),
                                timestamp(counter.lockedUntil()), timestamp(counter.expiresAt()));
                    } else {
                        jdbc.update("""
                                update captacion.failure_counter set failures = ?, since = ?, last_failure = ?,
                                       locked_until = ?, expires_at = ?
                                 where scope = ? and key_hash = ?""", counter.failures(), timestamp(counter.since()),
                                timestamp(counter.lastFailure()), timestamp(counter.lockedUntil()),
                                timestamp(counter.expiresAt()), scope, hash);
                    }
                    return counter;
                });
            } catch (DuplicateKeyException sameKeyAtOnce) {
                // another node inserted the key's first failure a moment ago: count on its row
                if (attempt > 0) {
                    throw sameKeyAtOnce;
                }
            }
        }
    }

    /** Forgets the key (a right password). */
    public void forget(String scope, String key) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.update("delete from captacion.failure_counter where scope = ? and key_hash = ?", scope, hash(key)));
    }

    /** How many rows are held (for tests of the purge). */
    public int held() {
        return jdbc.queryForObject("select count(*) from captacion.failure_counter", Integer.class);
    }

    private void purgeNowAndThen() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status ->
                    jdbc.update("delete from captacion.failure_counter where expires_at <= ?", timestamp(now)));
        } catch (DataAccessException e) {
            // another node purging the same rows: the next purge takes them
            log.debug("No se purgaron los contadores de intentos vencidos", e);
        }
    }

    private static Counter counter(ResultSet row, int number) throws SQLException {
        return new Counter(row.getInt("failures"), instant(row, "since"), instant(row, "last_failure"),
                instant(row, "locked_until"), instant(row, "expires_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
