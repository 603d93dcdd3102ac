package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;

/** The lock-out counts failures in a row, forgets old ones, and never holds more names than matter. */
class LoginAttemptsTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-29T16:00:00Z"));
    private final LoginAttempts attempts = new LoginAttempts(clock, 5, LOCKOUT);

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
    void madeUpNamesAreSweptOnceTheyNoLongerMatterButALockOutStays() {
        for (int i = 0; i <= LoginAttempts.SWEEP_ABOVE; i++) {
            attempts.failed("inventado-" + i);
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            attempts.failed("objetivo");
        }
        assertThat(attempts.held()).isEqualTo(LoginAttempts.SWEEP_ABOVE + 2);

        clock.advance(Duration.ofMinutes(13));
        attempts.failed("uno-mas");
        // the made-up names' failures are 14 minutes old: they still count, nothing is swept
        assertThat(attempts.held()).isEqualTo(LoginAttempts.SWEEP_ABOVE + 3);

        clock.advance(Duration.ofMinutes(1));
        attempts.failed("otro-mas");
        // now they are 15 minutes old and swept; "objetivo" stays locked for a minute more
        assertThat(attempts.held()).isEqualTo(3);
        assertThatThrownBy(() -> attempts.checkNotLocked("objetivo")).isInstanceOf(LockedException.class);
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
