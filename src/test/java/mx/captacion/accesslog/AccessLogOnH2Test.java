package mx.captacion.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The zero-setup run's H2: every migration and the H2 variant of the bitácora's guard apply (what
 * spring.flyway.locations picks for H2), and the guard refuses UPDATE and DELETE but takes inserts,
 * and the retention purge's one change: a clave replaced by its stand-in, nothing else touched.
 */
class AccessLogOnH2Test {

    @Test
    void theMigrationsRunOnH2AndTheBitacoraRefusesUpdateAndDelete() throws Exception {
        String url = "jdbc:h2:mem:bitacora;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").schemas("CAPTACION").defaultSchema("CAPTACION")
                .createSchemas(true).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into captacion.access_log (viewed_at, user_id, roles, kind, path, clave_elector, client_address)"
                    + " values (current_timestamp, 'u', '', 'NAME_SEARCH', '/x', 'GOMLPZ80010109H100', '127.0.0.1')");
            assertThatThrownBy(() -> sql.executeUpdate("update captacion.access_log set clave_elector = 'GOMLPZ80010109H101'"))
                    .hasMessageContaining("UPDATE rechazado");
            assertThatThrownBy(() -> sql.executeUpdate(
                    "update captacion.access_log set clave_elector = '0123456789abcdef01', path = '/y'"))
                    .hasMessageContaining("UPDATE rechazado");
            assertThat(sql.executeUpdate("update captacion.access_log set clave_elector = '0123456789abcdef01'")).isEqualTo(1);
            assertThatThrownBy(() -> sql.executeUpdate("update captacion.access_log set user_id = 'otro'"))
                    .hasMessageContaining("La bitácora de accesos solo admite altas: UPDATE rechazado");
            assertThatThrownBy(() -> sql.executeUpdate("delete from captacion.access_log"))
                    .hasMessageContaining("La bitácora de accesos solo admite altas: DELETE rechazado");
            try (ResultSet rows = sql.executeQuery("select user_id from captacion.access_log")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("u");
            }
            try (ResultSet rows = sql.executeQuery("select clave_elector, path from captacion.access_log")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("0123456789abcdef01");
                assertThat(rows.getString(2)).isEqualTo("/x");
            }
        }
    }
}
