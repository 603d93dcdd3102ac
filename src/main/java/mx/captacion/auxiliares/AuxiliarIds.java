package mx.captacion.auxiliares;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Issues auxiliar IDs (AUX-0001000, …) from a database sequence: never twice, never reused. */
@Component
class AuxiliarIds {

    private final DataFieldMaxValueIncrementer sequence;

    AuxiliarIds(DataSource dataSource) throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        this.sequence = product.toLowerCase().contains("h2")
                ? new H2SequenceMaxValueIncrementer(dataSource, "CAPTACION.AUXILIAR_NUMBER")
                : new PostgresSequenceMaxValueIncrementer(dataSource, "captacion.auxiliar_number");
    }

    String next() {
        return "AUX-%07d".formatted(sequence.nextLongValue());
    }
}
