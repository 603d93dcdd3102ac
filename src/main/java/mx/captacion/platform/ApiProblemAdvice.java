package mx.captacion.platform;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The same error body for Spring MVC endpoints as for the Camel ones. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiProblem.Body> problem(ApiProblem problem) {
        return ResponseEntity.status(problem.httpStatus()).body(problem.body());
    }
}
