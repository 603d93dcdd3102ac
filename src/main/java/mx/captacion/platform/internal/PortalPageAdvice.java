package mx.captacion.platform.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import mx.captacion.platform.ApiProblem;
import mx.captacion.platform.PortalPage;

/** A refusal on a portal page, shown to the person with its Spanish message. */
@ControllerAdvice(annotations = PortalPage.class)
class PortalPageAdvice {

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem) {
        ModelAndView page = new ModelAndView("portal/problem", HttpStatus.valueOf(problem.httpStatus()));
        page.addObject("problem", problem);
        page.addObject("status", problem.httpStatus());
        return page;
    }

    /** A hand-typed address with a bad date or number: the page says which parameter, not only «400». */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        return problem(ParameterProblems.of(e));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e) {
        return problem(ParameterProblems.of(e));
    }
}
