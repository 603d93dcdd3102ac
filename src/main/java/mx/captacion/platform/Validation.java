package mx.captacion.platform;

import java.util.Comparator;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Bean Validation of a command, answered as the API answers any refusal. */
public final class Validation {

    private Validation() {
    }

    /**
     * Refuses the command with {@code DATO_INVALIDO} (400) naming its first invalid field (in a
     * stable order) as people know it, from {@code fieldNames}; does nothing when it is valid.
     */
    public static void require(Validator validator, Object command, Map<String, String> fieldNames) {
        validator.validate(command).stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String property = v.getPropertyPath().toString();
                    throw PlatformRejection.DATO_INVALIDO.problem(fieldNames.getOrDefault(property, property),
                            v.getMessage());
                });
    }
}
