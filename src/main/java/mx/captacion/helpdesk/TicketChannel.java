package mx.captacion.helpdesk;

/** How a ticket arrived; its answers go back the same way. */
public enum TicketChannel {
    /** Mail to the help desk's mailbox; answers leave as mail through the outbox. */
    CORREO("Correo electrónico"),
    /** A call the agent recorded; the agent records the call's result as the answer. */
    TELEFONO("Llamada telefónica"),
    /** A representative's ticket from /organizacion; answers show there. */
    PORTAL("Portal web");

    private final String label;

    TicketChannel(String label) {
        this.label = label;
    }

    /** The seed's "Medio de reporte". */
    public String label() {
        return label;
    }
}
