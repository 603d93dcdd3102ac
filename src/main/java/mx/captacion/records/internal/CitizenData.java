package mx.captacion.records.internal;

import java.time.LocalDate;

/** The identity fields captured from a citizen's voter credential, exactly as typed. */
public record CitizenData(String claveElector, String curp, String nombre, String apellidoPaterno,
                          String apellidoMaterno, LocalDate fechaNacimiento, String sexo, Integer vigencia) {
}
