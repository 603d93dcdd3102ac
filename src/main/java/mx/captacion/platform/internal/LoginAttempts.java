package mx.captacion.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

import mx.captacion.platform.FailureCounters.Counter;
import mx.captacion.platform.FailureCounters;

/**
 * Locks a user name for a while after repeated failed sign-ins (portal form and HTTP Basic alike),
 * so a password cannot be guessed by trying. Counted in the database ({@link FailureCounters}): every
 * node of a cluster sees the same lock, and a restart does not end it. Failures count "in a row"
 * while each comes within the lock-out period of the one before; a name's count is forgotten once
 * its lock-out ended or its last failure is older than the period.
 */
@Component
class LoginAttempts {

    static final String SCOPE = "login";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("America/Mexico_City"));

    private final FailureCounters counters;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    @Autowired
    LoginAttempts(FailureCounters counters, Clock clock, PlatformSettings settings) {
        this(counters, clock, settings.security().login().maxFailures(), settings.security().login().lockout());
    }

    LoginAttempts(FailureCounters counters, Clock clock, int maxFailures, Duration lockout) {
        this.counters = counters;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** Refuses a locked user before the password is even looked at. */
    void checkNotLocked(String user) {
        Instant now = clock.instant();
        counters.current(SCOPE, key(user)).filter(counter -> counter.lockedAt(now)).ifPresent(locked -> {
            throw new LockedException("La cuenta está bloqueada por " + lockout.toMinutes() + " minutos tras "
                    + maxFailures + " intentos fallidos. Intente de nuevo después de las "
                    + TIME.format(locked.lockedUntil()) + " (hora del centro de México).");
        });
    }

    void failed(String user) {
        counters.fail(SCOPE, key(user), current -> {
            Instant now = clock.instant();
            // a count that no longer counts (an ended lock-out, an old failure) is not offered: start again
            int count = current.map(c -> c.failures() + 1).orElse(1);
            Instant lockedUntil = count >= maxFailures ? now.plus(lockout) : null;
            return new Counter(count, current.map(Counter::since).orElse(now), now, lockedUntil,
                    lockedUntil != null ? lockedUntil : now.plus(lockout));
        });
    }

    void succeeded(String user) {
        counters.forget(SCOPE, key(user));
    }

    private static String key(String user) {
        return user.trim().toLowerCase(Locale.ROOT);
    }
}
