package mx.captacion.miapoyo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import mx.captacion.platform.ApiProblem;

/**
 * Makes guessing impractical: a receipt code (someone saw a receipt) gets few wrong checks, a
 * client address a few more (someone trying codes), then both wait. In memory, as the sign-in
 * lock-out: a restart only ends the waits early.
 */
@Component
class LookupAttempts {

    static final int MAX_FAILURES_PER_CODE = 5;
    static final int MAX_FAILURES_PER_CLIENT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many remembered keys, forgotten ones are swept (an attacker cannot fill memory). */
    private static final int SWEEP_ABOVE = 50_000;

    private record Failures(int count, Instant since) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LookupAttempts(Clock clock) {
        this.clock = clock;
    }

    void checkAllowed(String code, String client) {
        if (exhausted("codigo:" + code, MAX_FAILURES_PER_CODE) || exhausted("cliente:" + client, MAX_FAILURES_PER_CLIENT)) {
            throw new ApiProblem("DEMASIADOS_INTENTOS", 429, "Demasiados intentos fallidos. Por seguridad, espera "
                    + WINDOW.toMinutes() + " minutos antes de volver a consultar.");
        }
    }

    void failed(String code, String client) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.since().plus(WINDOW).isBefore(now));
        }
        for (String key : new String[] {"codigo:" + code, "cliente:" + client}) {
            failures.merge(key, new Failures(1, now),
                    (old, one) -> expired(old, now) ? one : new Failures(old.count() + 1, old.since()));
        }
    }

    private boolean exhausted(String key, int max) {
        Failures current = failures.get(key);
        return current != null && !expired(current, clock.instant()) && current.count() >= max;
    }

    private static boolean expired(Failures failures, Instant now) {
        return !now.isBefore(failures.since().plus(WINDOW));
    }
}
