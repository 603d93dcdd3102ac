package mx.captacion.roll;

import java.time.LocalDate;

/** One citizen of the lista nominal extract. */
public record RollEntry(String claveElector, String nombre, String apellidoPaterno, String apellidoMaterno,
                        LocalDate fechaNacimiento, String sexo, int entidad, int seccion,
                        RegistralStatus registralStatus) {

    public String fullName() {
        return String.join(" ", nombre, apellidoPaterno, apellidoMaterno == null ? "" : apellidoMaterno).trim();
    }
}
