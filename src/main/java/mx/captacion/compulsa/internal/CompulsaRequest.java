package mx.captacion.compulsa.internal;

import java.time.LocalDate;

import mx.captacion.records.RecordId;

/** What the roll is asked about one record: the citizen as captured. */
public record CompulsaRequest(RecordId recordId, String claveElector, String nombre, String apellidoPaterno,
                              String apellidoMaterno, LocalDate fechaNacimiento, String sexo, int entidad,
                              int seccion) {
}
