package mx.captacion.miapoyo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import mx.captacion.platform.FailureCounters;
import mx.captacion.platform.FailureCounters.Counter;

/**
 * Makes guessing impractical: a receipt code (someone saw a receipt) gets few wrong checks, a
 * client address a few more (someone trying codes), then both wait. Counted in the database like
 * the sign-in lock-out, so every node sees the same counts and a restart does not end a wait.
 */
@Component
class LookupAttempts {

    static final int MAX_FAILURES_PER_CODE = 5;
    static final int MAX_FAILURES_PER_CLIENT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String CODE = "miapoyo-codigo";
    static final String CLIENT = "miapoyo-cliente";

    private final FailureCounters counters;
    private final Clock clock;

    LookupAttempts(FailureCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    void checkAllowed(String code, String client) {
        if (exhausted(CODE, code, MAX_FAILURES_PER_CODE) || exhausted(CLIENT, client, MAX_FAILURES_PER_CLIENT)) {
            throw MiApoyoRejection.DEMASIADOS_INTENTOS.problem(WINDOW.toMinutes());
        }
    }

    void failed(String code, String client) {
        count(CODE, code);
        count(CLIENT, client);
    }

    /** Failures count within a window from the first one; after it, the count starts again. */
    private void count(String scope, String key) {
        counters.fail(scope, key, current -> {
            Instant now = clock.instant();
            return current.map(c -> new Counter(c.failures() + 1, c.since(), now, null, c.expiresAt()))
                    .orElseGet(() -> new Counter(1, now, now, null, now.plus(WINDOW)));
        });
    }

    private boolean exhausted(String scope, String key, int max) {
        return counters.current(scope, key).filter(counter -> counter.failures() >= max).isPresent();
    }
}
