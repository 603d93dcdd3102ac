package mx.captacion.records.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.ApiProblems;
import mx.captacion.records.RecordSubmission;

/**
 * Keeps the evidence of every submission the mobile API refused: the instant, the code answered and,
 * when the body got far enough to name them, the process and the actor — never the citizen's data.
 * Called by {@code integration/records.camel.yaml} just before the refusal is answered; a failure here is
 * logged and swallowed, because the app must get its answer whatever happens to the evidence.
 */
@Component("recordRefusals")
class RecordRefusals {

    private static final Logger log = LoggerFactory.getLogger(RecordRefusals.class);

    private static final String INSERT = """
            insert into captacion.record_refusal (refused_at, code, http_status, process_code, actor_folio)
            values (?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RecordRefusals(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void log(Exchange exchange) {
        try {
            if (!"POST".equalsIgnoreCase(exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class))) {
                return; // a status query for an unknown record is no refused submission
            }
            ApiProblem problem = ApiProblems.toProblem(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
            if (problem.httpStatus() == 503) {
                return; // the database is what is missing: no refusal of the submission, and nowhere to write it
            }
            // the body is the submission only when the refusal came after reading it
            RecordSubmission submission = exchange.getMessage().getBody() instanceof RecordSubmission s ? s : null;
            jdbc.update(INSERT, Timestamp.from(clock.instant()), problem.code(), problem.httpStatus(),
                    submission == null ? null : clip(submission.processCode(), 40),
                    submission == null ? null : clip(submission.actorFolio(), 16));
        } catch (RuntimeException e) {
            log.warn("No se guardó la evidencia de un envío rechazado", e);
        }
    }

    /** What fits the column, and without U+0000, which PostgreSQL refuses (a refusal's reason may be just that). */
    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replace("\0", "");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
