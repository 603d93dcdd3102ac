package mx.captacion.platform;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The same error body for Spring MVC endpoints as for the Camel ones. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiProblem.Body> problem(ApiProblem problem) {
        return ResponseEntity.status(problem.httpStatus()).body(problem.body());
    }

    /** Jackson's reasons, answered with the same codes as the Camel routes (field named when known). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem.Body> unreadable(HttpMessageNotReadableException e) {
        return problem(e.getMostSpecificCause() instanceof com.fasterxml.jackson.core.JsonProcessingException
                ? ApiProblems.toProblem(e)
                : new ApiProblem("JSON_MAL_FORMADO", 400, "Falta el cuerpo de la solicitud o no es un JSON válido."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiProblem.Body> notJson(HttpMediaTypeNotSupportedException e) {
        return problem(new ApiProblem("CONTENIDO_NO_JSON", 415,
                "La solicitud debe enviarse como JSON (encabezado Content-Type: application/json)."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiProblem.Body> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(ParameterProblems.of(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiProblem.Body> missingParameter(MissingServletRequestParameterException e) {
        return problem(ParameterProblems.of(e));
    }
}
