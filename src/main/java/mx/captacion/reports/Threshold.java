package mx.captacion.reports;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An actor's progress against its process's requirement as of a cut-off: valid records in total
 * and the states where it has any (e.g. an APN needs 5,000 valid affiliates and presence in at
 * least 7 states). Only {@code VALIDO} — confirmed by the compulsa — counts toward the requirement;
 * records still on their way are shown beside it, as what could still count.
 */
public record Threshold(String folio, String actor, String process, Instant cutoff, long registrosRequeridos,
                        int entidadesRequeridas, long validos, long pendientes, int entidadesConValidos,
                        boolean cumpleRegistros, boolean cumpleEntidades, List<State> entidades) {

    /** One state: valid records, and those still pending (processing, control desk, para compulsa). */
    public record State(String numero, String entidad, long validos, long pendientes) {
    }

    @JsonProperty
    public boolean cumple() {
        return cumpleRegistros && cumpleEntidades;
    }

    /** Share of the required valid records reached, 0–100 with one decimal. */
    @JsonProperty
    public double avance() {
        return registrosRequeridos == 0 ? 100 : Math.min(100, Math.round(validos * 1000.0 / registrosRequeridos) / 10.0);
    }
}
