package mx.captacion.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A request parameter Spring could not read, did not get, or a method the resource does not take,
 * said in Spanish with a stable code, for the API's JSON and the portal's pages alike (Spring's own
 * answer names neither the parameter nor what it expects).
 */
final class ParameterProblems {

    private ParameterProblems() {
    }

    static ApiProblem of(MethodArgumentTypeMismatchException e) {
        return new ApiProblem("PARAMETRO_INVALIDO", 400,
                "El parámetro '" + e.getName() + "' no tiene un formato válido" + expected(e.getRequiredType()) + ".");
    }

    static ApiProblem of(MissingServletRequestParameterException e) {
        return new ApiProblem("PARAMETRO_FALTANTE", 400, "Falta el parámetro '" + e.getParameterName() + "'.");
    }

    static ApiProblem of(HttpRequestMethodNotSupportedException e) {
        return new ApiProblem("METODO_NO_PERMITIDO", 405,
                "Este recurso no admite el método " + e.getMethod() + "."
                        + (e.getSupportedMethods() == null ? ""
                        : " Admite: " + String.join(", ", e.getSupportedMethods()) + "."));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == LocalDate.class) {
            return " (se espera una fecha AAAA-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return " (se espera una fecha y hora AAAA-MM-DDTHH:MM)";
        }
        if (type == UUID.class) {
            return " (se espera un identificador UUID)";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return " (se espera un número)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " (se espera true o false)";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", " (valores válidos: ", ")"));
        }
        return "";
    }
}
