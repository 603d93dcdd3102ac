package mx.captacion.platform.internal;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.ApiProblems;
import mx.captacion.platform.PlatformRejection;

/** The same problem detail for Spring MVC endpoints as for the Camel ones. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
        return ResponseEntity.status(problem.httpStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body());
    }

    /** Jackson's reasons, answered with the same codes as the Camel routes (field named when known). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(e.getMostSpecificCause() instanceof com.fasterxml.jackson.core.JsonProcessingException
                ? ApiProblems.toProblem(e)
                : PlatformRejection.JSON_MAL_FORMADO.problemSaying("oFaltante"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException e) {
        return problem(PlatformRejection.CONTENIDO_NO_JSON.problem());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(ParameterProblems.of(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(ParameterProblems.of(e));
    }
}
