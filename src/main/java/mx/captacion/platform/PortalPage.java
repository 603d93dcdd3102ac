package mx.captacion.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of HTML pages: an {@link ApiProblem} it throws is answered with a page that
 * shows the Spanish message under its HTTP status, not with the API's JSON body.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PortalPage {
}
