package mx.captacion.platform.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.PlatformRejection;

/**
 * A request parameter Spring could not read, did not get, or a method the resource does not take,
 * with a stable code and the bundle's Spanish, for the API's JSON and the portal's pages alike (Spring's
 * own answer names neither the parameter nor what it expects).
 */
final class ParameterProblems {

    private ParameterProblems() {
    }

    static ApiProblem of(MethodArgumentTypeMismatchException e) {
        return PlatformRejection.PARAMETRO_INVALIDO.problem(e.getName(), expected(e.getRequiredType()));
    }

    static ApiProblem of(MissingServletRequestParameterException e) {
        return PlatformRejection.PARAMETRO_FALTANTE.problem(e.getParameterName());
    }

    static ApiProblem of(HttpRequestMethodNotSupportedException e) {
        return e.getSupportedMethods() == null
                ? PlatformRejection.METODO_NO_PERMITIDO.problem(e.getMethod())
                : PlatformRejection.METODO_NO_PERMITIDO.problemSaying("admite", e.getMethod(),
                        String.join(", ", e.getSupportedMethods()));
    }

    /** What the parameter should look like, said by the bundle ({@code platform.parametro.esperado.*}). */
    private static MessageSourceResolvable expected(Class<?> type) {
        String key;
        Object[] arguments = {};
        if (type == LocalDate.class) {
            key = "fecha";
        } else if (type == LocalDateTime.class) {
            key = "fechaHora";
        } else if (type == UUID.class) {
            key = "uuid";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "booleano";
        } else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            key = "numero";
        } else if (type != null && type.isEnum()) {
            key = "valores";
            arguments = new Object[] {Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "))};
        } else {
            key = "nada";
        }
        return new DefaultMessageSourceResolvable(new String[] {"platform.parametro.esperado." + key}, arguments);
    }
}
