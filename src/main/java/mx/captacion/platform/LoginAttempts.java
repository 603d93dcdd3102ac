package mx.captacion.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated failed sign-ins (portal form and HTTP Basic alike),
 * so a password cannot be guessed by trying. Kept in memory: the platform runs as one instance,
 * and a restart that forgets the lock-outs only ends them early. Failures count "in a row" while
 * each comes within the lock-out period of the one before; older ones, and ended lock-outs, are
 * swept once many names are held, so trying endless made-up user names cannot fill the memory.
 */
@Component
class LoginAttempts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("America/Mexico_City"));

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    /** Above this many names held, each failure first sweeps the ones that no longer matter. */
    static final int SWEEP_ABOVE = 1_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginAttempts(Clock clock, @Value("${captacion.security.login.max-failures}") int maxFailures,
                  @Value("${captacion.security.login.lockout}") Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {

        /** Forgotten: its lock-out ended, or its last failure is too old to count towards one. */
        boolean staleAt(Instant now, Duration lockout) {
            return lockedUntil != null ? !now.isBefore(lockedUntil) : !now.isBefore(last.plus(lockout));
        }
    }

    /** Refuses a locked user before the password is even looked at. */
    void checkNotLocked(String user) {
        Failures current = failures.get(key(user));
        if (current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil())) {
            throw new LockedException("La cuenta está bloqueada por " + lockout.toMinutes() + " minutos tras "
                    + maxFailures + " intentos fallidos. Intente de nuevo después de las "
                    + TIME.format(current.lockedUntil()) + " (hora del centro de México).");
        }
    }

    void failed(String user) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.staleAt(now, lockout));
        }
        failures.compute(key(user), (name, current) -> {
            int count = current == null || current.staleAt(now, lockout) ? 1 : current.count() + 1;
            return new Failures(count, now, count >= maxFailures ? now.plus(lockout) : null);
        });
    }

    /** How many user names are held (for the sweep's test). */
    int held() {
        return failures.size();
    }

    void succeeded(String user) {
        failures.remove(key(user));
    }

    private static String key(String user) {
        return user.trim().toLowerCase(Locale.ROOT);
    }
}
