/**
 * The portal's own pages: the login page, the home page (with the help desk's work at hand for
 * its agents), a user's account and a representative's organization dashboard, and the
 * {@code @dates} helper the templates format instants with.
 *
 * <p>It has no API: no other module uses it; everything is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = { "platform", "actors", "auxiliares", "helpdesk" })
package mx.captacion.portal;
