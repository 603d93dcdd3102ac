package mx.captacion.auxiliares;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names shared by {@code processes/auxiliar-lifecycle.bpmn}, its delegates and tests. */
public final class AuxiliarLifecycle {

    public static final String KEY = "auxiliar-lifecycle";
    /** Correlated when the auxiliar signs in to the app for the first time. */
    public static final String MSG_REGISTERED_IN_APP = "AuxiliarRegisteredInApp";
    /** Correlated when the representative or INE gives the auxiliar a baja. */
    public static final String MSG_BAJA = "AuxiliarBaja";

    public static final String VAR_AUXILIAR_ID = "auxiliarId";
    /** ISO-8601 duration the app registration may take (captacion.auxiliares.registration-timeout). */
    public static final String VAR_REGISTRATION_TIMEOUT = "registrationTimeout";
    /** {@link ReviewOutcome} name: set by the automated review, or by a person in Tasklist. */
    public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
    /** {@link BajaCause} name, an input of the platform's baja tasks. */
    public static final String VAR_BAJA_CAUSE = "bajaCause";
    public static final String VAR_REVIEWER = "revisadoPor";

    /** What the INE review of a registered auxiliar concludes. */
    public enum ReviewOutcome {
        APROBADO,
        /** Not found in the roll, or not in it as an active voter. */
        NO_ESTA_EN_LISTA_NOMINAL,
        SIN_ANVERSO_Y_REVERSO,
        /** The roll has the clave but other data, or no roll is loaded: a person decides. */
        REVISION_MANUAL,
        /** Given a baja while the review ran: nothing left to decide. */
        YA_DADO_DE_BAJA
    }

    /** The lifecycle's auxiliar: the variable keeps the ID's text, so the engine stores a plain string. */
    public static AuxiliarId auxiliarIdOf(VariableScope scope) {
        return new AuxiliarId((String) scope.getVariable(VAR_AUXILIAR_ID));
    }

    private AuxiliarLifecycle() {
    }
}
