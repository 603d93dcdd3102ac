package mx.captacion.actors;

import mx.captacion.platform.ApiProblem;

/** Why creating a capture process or registering an actor is refused; nothing is stored when it is. */
public enum ActorRejection {
    PERIODO_INVALIDO(400, "El periodo termina (%s) antes de empezar (%s)."),
    MUESTREO_INCOMPLETO(400, "El muestreo en mesa de control necesita el tamaño de la muestra, el umbral de error"
            + " y las revisiones mínimas de la muestra."),
    PROCESO_YA_EXISTE(409, "Ya existe un proceso de captación con la clave '%s'."),
    PROCESO_DESCONOCIDO(404, "No existe el proceso de captación '%s'."),
    ACTOR_DESCONOCIDO(404, "No existe el actor político con folio '%s'."),
    ACTOR_YA_REGISTRADO(409, "El actor político «%s» ya está registrado en el proceso '%s'; no se registró de nuevo.");

    private final int httpStatus;
    private final String template;

    ActorRejection(int httpStatus, String template) {
        this.httpStatus = httpStatus;
        this.template = template;
    }

    public ApiProblem problem(Object... args) {
        return new ApiProblem(name(), httpStatus, template.formatted(args));
    }
}
