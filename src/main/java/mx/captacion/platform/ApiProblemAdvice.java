package mx.captacion.platform;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The same error body for Spring MVC endpoints as for the Camel ones. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiProblem.Body> problem(ApiProblem problem) {
        return ResponseEntity.status(problem.httpStatus()).body(problem.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem.Body> unreadable(HttpMessageNotReadableException e) {
        return problem(new ApiProblem("JSON_INVALIDO", 400,
                "El cuerpo de la solicitud no es un JSON válido con los campos esperados."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiProblem.Body> notJson(HttpMediaTypeNotSupportedException e) {
        return problem(new ApiProblem("CONTENIDO_NO_JSON", 415,
                "La solicitud debe enviarse como JSON (encabezado Content-Type: application/json)."));
    }
}
