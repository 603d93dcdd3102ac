package mx.captacion.records;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The test database refusing connections, as PostgreSQL does while it restarts: new connections are
 * refused and the open ones are ended, until {@link #close()}, which waits until the pool connects
 * again so the next test finds it working.
 */
final class DatabaseAway implements AutoCloseable {

    private final HikariDataSource pool;
    private final String database;

    private DatabaseAway(HikariDataSource pool) {
        this.pool = pool;
        String url = pool.getJdbcUrl();
        this.database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    static DatabaseAway now(DataSource dataSource) throws SQLException {
        DatabaseAway away = new DatabaseAway(dataSource.unwrap(HikariDataSource.class));
        away.admin("alter database \"" + away.database + "\" allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + away.database
                        + "' and pid <> pg_backend_pid()");
        away.pool.getHikariPoolMXBean().softEvictConnections();
        return away;
    }

    @Override
    public void close() throws SQLException {
        admin("alter database \"" + database + "\" allow_connections true");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Connection connection = pool.getConnection()) {
                return;
            } catch (SQLException stillAway) {
                if (Instant.now().isAfter(deadline)) {
                    throw stillAway;
                }
            }
        }
    }

    /** Through the server's maintenance database, since ours refuses connections. */
    private void admin(String... statements) throws SQLException {
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/postgres");
        try (Connection admin = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword());
             Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
