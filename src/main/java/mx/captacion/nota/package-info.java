/**
 * The nota informativa: one actor's reports, help-desk activity and capture activity gathered as of
 * one cut-off into a PDF, for INE staff on a page ({@code /avance/nota}), through the JSON API, and written
 * unattended for every actor of a process by {@code integration/nota.camel.yaml}.
 *
 * <p>API: none. No other module uses the nota; everything is in {@code internal}
 * (the use case {@code PreparingNota}, the PDF, the page, the API and the Camel bean {@code notaExports}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nota informativa (nota)",
        allowedDependencies = {"platform", "accesslog", "actors", "helpdesk", "records", "reports"})
package mx.captacion.nota;
