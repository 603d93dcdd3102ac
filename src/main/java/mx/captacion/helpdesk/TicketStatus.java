package mx.captacion.helpdesk;

/** Where a ticket stands; every change is kept with its instant ({@link mx.captacion.helpdesk.internal.TicketStatusChange}). */
public enum TicketStatus {
    /** Arrived; the MATO has not typed it yet. */
    NUEVO("Nuevo"),
    /** Typed (or reopened by the requester's reply); waiting for the help desk's answer. */
    EN_ATENCION("En atención"),
    /** With soporte técnico; comes back to the MATO to answer. */
    ESCALADO("Con soporte técnico"),
    /** Answered; waiting for the requester's reply until it closes. */
    RESPONDIDO("Respondido"),
    CERRADO("Cerrado");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while the ticket waits on the help desk (the service levels run). */
    public boolean pendingOnHelpDesk() {
        return this == NUEVO || this == EN_ATENCION || this == ESCALADO;
    }
}
