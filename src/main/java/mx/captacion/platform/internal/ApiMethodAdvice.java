package mx.captacion.platform.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import mx.captacion.platform.ApiProblem;

/**
 * A method the API's resource does not take, answered with the API's error body. Unlike
 * {@link ApiProblemAdvice} this cannot be limited to our REST controllers: no controller was chosen
 * yet. Pages keep Spring's own answer (our Spanish error page): the exception goes on to it.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiMethodAdvice {

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        ApiProblem problem = ParameterProblems.of(e);
        // e's headers carry Allow, the methods the resource takes
        return ResponseEntity.status(problem.httpStatus()).headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.body());
    }
}
