package mx.captacion.accesslog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;

import org.h2.api.Trigger;

/**
 * The bitácora's append-only guard on H2 (the zero-setup run), which has no PL/pgSQL: named by
 * {@code db/vendor/h2/R__access_log_append_only.sql} for UPDATE and DELETE, it refuses them all but
 * the retention purge's replacement of a clave de elector by its stand-in, as PostgreSQL's function
 * in {@code db/vendor/postgresql} does.
 */
public class AppendOnlyH2Trigger implements Trigger {

    /** V27's column order: id, viewed_at, user_id, roles, kind, path, record_id, clave_elector, subject, client_address. */
    private static final int CLAVE_ELECTOR = 7;
    private static final Pattern STAND_IN = Pattern.compile("[0-9a-f]{18}");

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && onlyTheClaveBecameAStandIn(oldRow, newRow)) {
            return;
        }
        throw new SQLException("La bitácora de accesos solo admite altas: " + (newRow == null ? "DELETE" : "UPDATE")
                + " rechazado", "42501");
    }

    private static boolean onlyTheClaveBecameAStandIn(Object[] oldRow, Object[] newRow) {
        if (!(newRow[CLAVE_ELECTOR] instanceof String clave) || !STAND_IN.matcher(clave).matches()) {
            return false;
        }
        for (int i = 0; i < newRow.length; i++) {
            if (i != CLAVE_ELECTOR && !Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }
}
