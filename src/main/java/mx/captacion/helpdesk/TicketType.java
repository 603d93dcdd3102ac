package mx.captacion.helpdesk;

import java.util.Arrays;
import java.util.Optional;

/** The report types of the seed's table 11; a ticket may have several. */
public enum TicketType {
    REGISTRO_AUXILIAR_APP("Registro de auxiliar en la aplicación"),
    ACCESO_APP("Acceso a la aplicación auxiliar/mi apoyo"),
    INFORMACION_REGISTRO_AUXILIAR("Información sobre el registro del auxiliar"),
    ALTA_AUXILIARES_PORTAL("Alta de auxiliares en portal"),
    ACCESO_PORTAL("Acceso al portal web"),
    ENVIO_APOYO_APP("Envío de apoyo desde la aplicación móvil"),
    /** Any other; the ticket keeps its own text ("OTRA (…)"). */
    OTRA("OTRA");

    private final String label;

    TicketType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<TicketType> parse(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
