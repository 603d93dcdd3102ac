package mx.captacion.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns whatever a route threw into the API's error answer: an {@link ApiProblem} as it is, a JSON
 * the app got wrong as a 400 naming the field, a database out of reach (restarting, failing over) as
 * a 503 with {@code Retry-After}, anything else as a 500 that says nothing was kept (the transaction
 * rolled back) and may be retried.
 */
@Component("apiProblems")
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Seconds a client waits before retrying a 503: about what a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final ObjectMapper json;

    ApiProblems(ObjectMapper json) {
        this.json = json;
    }

    public void respond(Exchange exchange) throws JsonProcessingException {
        Throwable thrown = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ApiProblem problem = toProblem(thrown);
        if (problem.httpStatus() == 503) {
            log.warn("Base de datos inaccesible; se respondió 503: {}", thrown.toString());
            exchange.getMessage().setHeader("Retry-After", RETRY_AFTER_SECONDS);
        } else if (problem.httpStatus() >= 500) {
            log.error("Error inesperado en la API", thrown);
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.httpStatus());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
        exchange.getMessage().setBody(json.writeValueAsString(problem.body()));
    }

    /**
     * The answer to what a route threw, without side effects (the caller logs): public so the
     * evidence of refusals (records.RecordRefusals) names the same code as the answer.
     */
    public static ApiProblem toProblem(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof ApiProblem problem) {
                return problem;
            }
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                return PlatformRejection.FORMATO_INVALIDO.problem(field);
            }
            if (e instanceof JsonProcessingException) {
                return PlatformRejection.JSON_MAL_FORMADO.problem();
            }
            if (isDatabaseUnreachable(e)) {
                return PlatformRejection.SERVICIO_NO_DISPONIBLE.problem(RETRY_AFTER_SECONDS);
            }
        }
        return PlatformRejection.ERROR_INTERNO.problem();
    }

    /**
     * No connection, or one lost: Spring's and JDBC's connection failures, and PostgreSQL's SQL states of
     * class 08 (connection exception) and 57P (the server shutting down or starting). Whatever was being
     * written rolled back or never began, so retrying the same submission is safe (it is idempotent).
     */
    static boolean isDatabaseUnreachable(Throwable e) {
        return e instanceof CannotCreateTransactionException
                || e instanceof DataAccessResourceFailureException
                || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }
}
