package mx.captacion.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The domain's clock: the system's UTC clock, unless the calling thread has pinned another instant
 * (the seed replay runs each event at its day of 2022–2023). The pin is per thread, so requests,
 * the job executor and other tests keep real time while a scenario replays.
 */
public final class PlatformClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    /** Runs the action with this thread's clock at {@code instant}, then restores what was there. */
    public void runAt(Instant instant, Runnable action) {
        at(instant, () -> {
            action.run();
            return null;
        });
    }

    /** As {@link #runAt}, with the action's result. */
    public <T> T at(Instant instant, Supplier<T> action) {
        Instant previous = pinned.get();
        pinned.set(instant);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                pinned.remove();
            } else {
                pinned.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at == null ? system.instant() : at;
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same instants (pins included) seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        PlatformClock platform = this;
        return zone.equals(ZoneOffset.UTC) ? this : new Clock() {
            @Override
            public Instant instant() {
                return platform.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return platform.withZone(other);
            }
        };
    }
}
