package mx.captacion.platform;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers from a database sequence: never issued twice, never reused, even when the transaction
 * that drew one rolls back. {@code nextval('schema.name')} reads the same on PostgreSQL and H2.
 */
@Component
public class Sequences {

    // The name is spliced into the SQL (PostgreSQL's nextval takes a regclass, not a bind value).
    private static final Pattern NAME = Pattern.compile("[a-z_]+\\.[a-z_]+");

    private final JdbcTemplate jdbc;

    Sequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the sequence, named with its schema, e.g. {@code captacion.folio_number}. */
    public long next(String sequence) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("Nombre de secuencia inválido: " + sequence);
        }
        return jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
    }
}
