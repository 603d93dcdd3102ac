package mx.captacion.roll.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;

import mx.captacion.roll.RollEntry;

/**
 * Writes one batch of citizens into captacion.electoral_roll, a clave already there being replaced.
 * PostgreSQL gets the fastest safe path: COPY into a session-local staging table emptied at each
 * commit, then one {@code insert … on conflict do update}. Other databases (H2 for the zero-install
 * run) get a JDBC batch of {@code merge}.
 */
@FunctionalInterface
interface RollUpsert {

    void write(Connection connection, Collection<RollEntry> entries) throws SQLException;

    static RollUpsert forDatabase(String productName) {
        return "PostgreSQL".equals(productName) ? RollUpsert::copyAndMerge : RollUpsert::jdbcMerge;
    }

    private static void copyAndMerge(Connection connection, Collection<RollEntry> entries) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute("create temporary table if not exists roll_staging "
                    + "(like captacion.electoral_roll) on commit delete rows");
        }
        StringBuilder rows = new StringBuilder(entries.size() * 120);
        for (RollEntry e : entries) {
            rows.append(e.claveElector()).append('\t');
            text(rows, e.nombre()).append('\t');
            text(rows, e.apellidoPaterno()).append('\t');
            text(rows, e.apellidoMaterno()).append('\t');
            rows.append(e.fechaNacimiento()).append('\t').append(e.sexo()).append('\t').append(e.entidad())
                    .append('\t').append(e.seccion()).append('\t').append(e.registralStatus().name()).append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy roll_staging (clave_elector, nombre, "
                    + "apellido_paterno, apellido_materno, fecha_nacimiento, sexo, entidad, seccion, registral_status) "
                    + "from stdin", new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("No se pudo copiar el lote al padrón", e);
        }
        try (var s = connection.createStatement()) {
            s.executeUpdate("""
                    insert into captacion.electoral_roll (clave_elector, nombre, apellido_paterno, apellido_materno,
                        fecha_nacimiento, sexo, entidad, seccion, registral_status)
                    select clave_elector, nombre, apellido_paterno, apellido_materno, fecha_nacimiento, sexo, entidad,
                        seccion, registral_status from roll_staging
                    on conflict (clave_elector) do update set nombre = excluded.nombre,
                        apellido_paterno = excluded.apellido_paterno, apellido_materno = excluded.apellido_materno,
                        fecha_nacimiento = excluded.fecha_nacimiento, sexo = excluded.sexo, entidad = excluded.entidad,
                        seccion = excluded.seccion, registral_status = excluded.registral_status""");
        }
    }

    /** COPY's text format: null is \N; backslash, tab and line breaks are escaped. */
    private static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static void jdbcMerge(Connection connection, Collection<RollEntry> entries) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                merge into captacion.electoral_roll (clave_elector, nombre, apellido_paterno, apellido_materno,
                    fecha_nacimiento, sexo, entidad, seccion, registral_status)
                key (clave_elector) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (RollEntry e : entries) {
                s.setString(1, e.claveElector());
                s.setString(2, e.nombre());
                s.setString(3, e.apellidoPaterno());
                s.setString(4, e.apellidoMaterno());
                s.setDate(5, Date.valueOf(e.fechaNacimiento()));
                s.setString(6, e.sexo());
                s.setInt(7, e.entidad());
                s.setInt(8, e.seccion());
                s.setString(9, e.registralStatus().name());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
