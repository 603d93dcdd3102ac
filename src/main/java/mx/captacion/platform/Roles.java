package mx.captacion.platform;

import java.util.List;

/**
 * The groups of the one user store (Camunda's identity service), used both as Camunda candidate
 * groups and as Spring Security authorities.
 */
public final class Roles {

    /** Control-desk reviewers: review records in Tasklist and see their images. */
    public static final String MESA_CONTROL = "mesa-control";
    /** INE staff: capture processes, actors and every report. */
    public static final String INE_ADMIN = "ine-admin";
    /** Platform operators: Cockpit and Admin. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** An organization's representative: its own auxiliares, records and reports, nothing else. */
    public static final String REPRESENTANTE = "representante";
    /** INE staff who decide the auxiliar reviews the automated check could not. */
    public static final String REVISION_AUXILIARES = "revision-auxiliares";

    /** Second reviewers of the garantía de audiencia: decide contested records in Tasklist, finally. */
    public static final String AUDIENCIA = "audiencia";

    /** The Mesa de Atención Técnica y Operativa: types and answers help-desk tickets, records calls. */
    public static final String MATO = "mato";
    /** INETEL's first-level phone agents: record the calls they take. */
    public static final String INETEL = "inetel";
    /** The technical group help-desk tickets are escalated to. */
    public static final String SOPORTE_TECNICO = "soporte-tecnico";

    public static final List<Group> ALL = List.of(
            new Group(MESA_CONTROL, "Mesa de control"),
            new Group(INE_ADMIN, "Personal del INE"),
            new Group(CAMUNDA_ADMIN, "Operación de la plataforma"),
            new Group(REPRESENTANTE, "Representantes de actores políticos"),
            new Group(REVISION_AUXILIARES, "Revisión de auxiliares"),
            new Group(AUDIENCIA, "Garantía de audiencia"),
            new Group(MATO, "Mesa de Atención Técnica y Operativa"),
            new Group(INETEL, "INETEL (primer nivel telefónico)"),
            new Group(SOPORTE_TECNICO, "Soporte técnico"));

    public record Group(String id, String name) {
    }

    private Roles() {
    }
}
