package mx.captacion.accesslog;

/** What kind of personal data a bitácora entry says was seen; the code is stored, the label shown. */
public enum Viewed {
    RECORD_IMAGE("Imagen de un registro (mesa de control)"),
    HEARING_IMAGE("Imagen de un registro (garantía de audiencia)"),
    HEARING_RECORDS("Registros dictaminados (garantía de audiencia)"),
    TASK_FORM("Formulario de una tarea (Tasklist)"),
    PROCESS_VARIABLES("Variables de un proceso (Cockpit o API de Camunda)"),
    AUXILIAR_CREDENTIAL("Credencial de un auxiliar"),
    AUXILIAR_DETAIL("Ficha de un auxiliar (portal de la organización)"),
    TICKET("Reporte de la mesa de ayuda (solicitante y conversación)"),
    NAME_SEARCH("Búsqueda por nombre (mesa de ayuda)"),
    TICKET_ATTACHMENT("Adjunto de un reporte (mesa de ayuda)"),
    BRIEFING_NOTE("Nota informativa (con nombres de solicitantes)"),
    ACCESS_LOG_SEARCH("Búsqueda en la bitácora");

    private final String label;

    Viewed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
