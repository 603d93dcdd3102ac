package mx.captacion.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a portal page, shown to the person with its Spanish message. */
@ControllerAdvice(annotations = PortalPage.class)
class PortalPageAdvice {

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem) {
        ModelAndView page = new ModelAndView("portal/problem", HttpStatus.valueOf(problem.httpStatus()));
        page.addObject("problem", problem.body());
        page.addObject("status", problem.httpStatus());
        return page;
    }
}
