package mx.captacion.helpdesk;

/** The two levels of the seed: INETEL answers the phone first, the MATO is the second level. */
public enum HelpDeskLevel {
    INETEL,
    MATO
}
