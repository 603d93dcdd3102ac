package mx.captacion.accesslog;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The bitácora's append-only guard on H2 (the zero-setup run), which has no PL/pgSQL: named by
 * {@code db/vendor/h2/R__access_log_append_only.sql} for UPDATE and DELETE, it refuses them all.
 */
public class AppendOnlyH2Trigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("La bitácora de accesos solo admite altas: " + (newRow == null ? "DELETE" : "UPDATE")
                + " rechazado", "42501");
    }
}
