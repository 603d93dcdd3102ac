package mx.captacion.platform;

import org.springframework.http.HttpStatus;

/**
 * Why a module refuses a request. Each module has one enum of these: the constant's name is the
 * stable {@code code} programs read, {@link #status()} the HTTP answer, and the Spanish message lives
 * in the bundle under {@code <module>.problema.<CODE>} (MessageFormat: {@code {0}} for an argument,
 * {@code ''} for an apostrophe in a message that takes arguments). {@code RejectionsTest} proves every
 * code has its message.
 */
public interface Rejection {

    /** The stable code: the enum constant's name. */
    String name();

    HttpStatus status();

    /** The refusal, its message's arguments in order. */
    default ApiProblem problem(Object... arguments) {
        return new ApiProblem(this, messageKey(), null, arguments);
    }

    /** The refusal of one field's value, named as the request spells it (e.g. {@code citizen.vigencia}). */
    default ApiProblem problemOn(String field, Object... arguments) {
        return new ApiProblem(this, messageKey(), field, arguments);
    }

    /**
     * The refusal said another way, for another audience or case: the message under
     * {@code <module>.problema.<CODE>.<variant>}, the code the same.
     */
    default ApiProblem problemSaying(String variant, Object... arguments) {
        return new ApiProblem(this, messageKey() + "." + variant, null, arguments);
    }

    /** {@code <module>.problema.<CODE>}: the module is the package under {@code mx.captacion}. */
    default String messageKey() {
        return moduleOf(getClass()) + ".problema." + name();
    }

    static String moduleOf(Class<?> type) {
        String module = type.getPackageName().substring("mx.captacion.".length());
        int dot = module.indexOf('.');
        return dot < 0 ? module : module.substring(0, dot);
    }
}
