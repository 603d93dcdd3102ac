package mx.captacion.accesslog;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the bitácora: one row per view of a citizen's (or an auxiliar's, or a requester's)
 * personal data, with the signed-in user, their groups, the instant, the path and the client's
 * address. Called by the request that serves the data, before it writes the body and outside any
 * transaction, so the row is committed before the answer leaves; when the write fails the request
 * fails (5xx) instead of serving the data unlogged. One small insert per view (a page listing
 * records: one batched statement) — see AccessLogIT for its measured cost.
 */
@Service
public class AccessLog {

    /** The clave is read from the record itself, so a search by clave finds every view of its records. */
    private static final String INSERT = """
            insert into captacion.access_log
                (viewed_at, user_id, roles, kind, path, record_id, clave_elector, subject, client_address)
            values (?, ?, ?, ?, ?, ?, (select r.clave_elector from captacion.citizen_record r where r.id = ?), ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A view of one citizen record's data. */
    public void viewedRecord(Viewed kind, UUID recordId) {
        viewedRecords(kind, List.of(recordId), null);
    }

    /** A view of several records at once (a listing page), optionally with what names them all (a folio). */
    public void viewedRecords(Viewed kind, Collection<UUID> recordIds, String subject) {
        HttpServletRequest request = currentRequest();
        Who who = who();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(INSERT, recordIds.stream().map(id -> row(now, who, kind, request, id, subject)).toList());
    }

    /** A view of personal data that is not a citizen record: a searched name, a ticket, an auxiliar's credential. */
    public void viewed(Viewed kind, String subject) {
        viewed(kind, null, subject, currentRequest());
    }

    /** The same, for a request served outside Spring MVC (Camunda's REST API, see EngineVariableViews). */
    public void viewed(Viewed kind, UUID recordId, String subject, HttpServletRequest request) {
        jdbc.update(INSERT, row(Timestamp.from(clock.instant()), who(), kind, request, recordId, subject));
    }

    private static Object[] row(Timestamp at, Who who, Viewed kind, HttpServletRequest request, UUID recordId,
                                String subject) {
        return new Object[] {at, who.user(), who.roles(), kind.name(), cut(request.getRequestURI(), 500), recordId,
                recordId, cut(subject, 300), request.getRemoteAddr()};
    }

    private record Who(String user, String roles) {
    }

    private static Who who() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            // every path that serves personal data is behind a login; a view without one is a wiring error
            throw new IllegalStateException("Vista de datos personales sin usuario autenticado");
        }
        String roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                .collect(Collectors.joining(","));
        return new Who(user.getName(), cut(roles, 500));
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("La bitácora registra vistas de peticiones HTTP");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
