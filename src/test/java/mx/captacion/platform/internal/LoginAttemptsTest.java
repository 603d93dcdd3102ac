package mx.captacion.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.LockedException;
import mx.captacion.platform.FailureCounters;

/**
 * The lock-out counts failures in a row, forgets old ones, never holds more names than matter, and
 * lives in the database (here H2, as in the zero-install run): another node, or the same after a
 * restart, sees the lock.
 */
class LoginAttemptsTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-29T16:00:00Z"));
    private final JdbcDataSource database = database();
    private final FailureCounters counters = counters(database);
    private final LoginAttempts attempts = new LoginAttempts(counters, clock, 5, LOCKOUT);

    private static JdbcDataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:login" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).schemas("CAPTACION").defaultSchema("CAPTACION").createSchemas(true)
                .load().migrate();
        return h2;
    }

    private FailureCounters counters(JdbcDataSource h2) {
        return new FailureCounters(new JdbcTemplate(h2), new DataSourceTransactionManager(h2), clock);
    }

    @Test
    void fiveFailuresInARowLockTheNameForTheLockOutPeriod() {
        for (int i = 0; i < 5; i++) {
            attempts.checkNotLocked("Revisor");
            attempts.failed("Revisor");
        }
        assertThatThrownBy(() -> attempts.checkNotLocked(" revisor ")).isInstanceOf(LockedException.class)
                .hasMessageContaining("bloqueada por 15 minutos tras 5 intentos fallidos")
                .hasMessageContaining("después de las 10:15");
        clock.advance(LOCKOUT);
        assertThatCode(() -> attempts.checkNotLocked("revisor")).doesNotThrowAnyException();
        // after a lock-out the count starts again
        attempts.failed("revisor");
        assertThatCode(() -> attempts.checkNotLocked("revisor")).doesNotThrowAnyException();
    }

    @Test
    void aFailureOlderThanTheLockOutPeriodNoLongerCounts() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("analista");
        }
        clock.advance(LOCKOUT);
        attempts.failed("analista");
        assertThatCode(() -> attempts.checkNotLocked("analista")).doesNotThrowAnyException();
        for (int i = 0; i < 4; i++) {
            attempts.failed("analista");
        }
        assertThatThrownBy(() -> attempts.checkNotLocked("analista")).isInstanceOf(LockedException.class);
    }

    @Test
    void madeUpNamesArePurgedOnceTheyNoLongerMatterButALockOutStays() {
        int madeUp = 200;
        for (int i = 0; i < madeUp; i++) {
            attempts.failed("inventado-" + i);
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            attempts.failed("objetivo");
        }
        // one row per name, however often it failed
        assertThat(counters.held()).isEqualTo(madeUp + 1);

        clock.advance(Duration.ofMinutes(13));
        attempts.failed("uno-mas");
        // the made-up names' failures are 14 minutes old: they still count, nothing is purged
        assertThat(counters.held()).isEqualTo(madeUp + 2);

        clock.advance(Duration.ofMinutes(1));
        attempts.failed("otro-mas");
        // now they are 15 minutes old and purged; "objetivo" stays locked for a minute more
        assertThat(counters.held()).isEqualTo(3);
        assertThatThrownBy(() -> attempts.checkNotLocked("objetivo")).isInstanceOf(LockedException.class);
    }

    @Test
    void anotherNodeAndARestartedOneSeeTheLockAndAddToTheSameCount() {
        LoginAttempts otherNode = new LoginAttempts(counters(database), clock, 5, LOCKOUT);
        for (int i = 0; i < 3; i++) {
            attempts.failed("revisor");
        }
        otherNode.failed("revisor");
        otherNode.failed("revisor");
        assertThatThrownBy(() -> attempts.checkNotLocked("revisor")).isInstanceOf(LockedException.class);

        LoginAttempts restarted = new LoginAttempts(counters(database), clock, 5, LOCKOUT);
        assertThatThrownBy(() -> restarted.checkNotLocked("revisor")).isInstanceOf(LockedException.class)
                .hasMessageContaining("después de las 10:15");
    }

    @Test
    void aSuccessForgetsTheFailuresOnEveryNode() {
        LoginAttempts otherNode = new LoginAttempts(counters(database), clock, 5, LOCKOUT);
        for (int i = 0; i < 4; i++) {
            attempts.failed("analista");
        }
        otherNode.succeeded("analista");
        attempts.failed("analista");
        assertThatCode(() -> attempts.checkNotLocked("analista")).doesNotThrowAnyException();
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
