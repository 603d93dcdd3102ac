package mx.captacion.portal.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import mx.captacion.actors.CaptureProcess;

/** Instants as the portal shows them, in central Mexico time: {@code ${@dates.of(instant)}} in templates. */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CaptureProcess.ZONE);

    public String of(Instant instant) {
        return instant == null ? "" : TEXT.format(instant);
    }
}
