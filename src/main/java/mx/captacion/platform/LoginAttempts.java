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
 * and a restart that forgets the lock-outs only ends them early.
 */
@Component
class LoginAttempts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("America/Mexico_City"));

    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginAttempts(Clock clock, @Value("${captacion.security.login.max-failures}") int maxFailures,
                  @Value("${captacion.security.login.lockout}") Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    private record Failures(int count, Instant lockedUntil) {
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
        failures.compute(key(user), (name, current) -> {
            int count = current == null || current.lockedUntil() != null ? 1 : current.count() + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockout) : null);
        });
    }

    void succeeded(String user) {
        failures.remove(key(user));
    }

    private static String key(String user) {
        return user.trim().toLowerCase(Locale.ROOT);
    }
}
