package mx.captacion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The integration tests' PostgreSQL database, created when missing so that {@code ./mvnw verify}
 * alone works on a machine that only runs PostgreSQL. Reads the same variables as
 * {@code application-test.yaml}.
 */
public final class TestDatabase {

    private static boolean ensured;

    private TestDatabase() {
    }

    public static synchronized void ensureExists() {
        if (ensured) {
            return;
        }
        String name = env("CAPTACION_TEST_DB_NAME", "captacion_test");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("Nombre de base de datos de pruebas no admitido: " + name);
        }
        String server = "jdbc:postgresql://" + env("CAPTACION_TEST_DB_HOST", "localhost") + ":"
                + env("CAPTACION_TEST_DB_PORT", "5432") + "/postgres";
        try (Connection connection = DriverManager.getConnection(server, env("CAPTACION_TEST_DB_USER", "postgres"),
                env("CAPTACION_TEST_DB_PASSWORD", ""))) {
            var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo preparar la base de datos de pruebas " + name + " en " + server
                    + " (¿PostgreSQL está arriba? .ci/run lo arranca)", e);
        }
        ensured = true;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
