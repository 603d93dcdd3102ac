/**
 * The bitácora (access log): every view of a citizen's, an auxiliar's or a requester's personal
 * data is written, append-only, with who saw it, when, where and from which address — including
 * what Camunda's REST API serves of process variables — and is searched at {@code /bitacora}.
 *
 * <p>Its API, for the other modules:
 * <ul>
 *   <li>{@link mx.captacion.accesslog.AccessLog}: log a view, with its kind
 *       {@link mx.captacion.accesslog.Viewed};</li>
 *   <li>{@link mx.captacion.accesslog.AppendOnlyH2Trigger}: not for other modules, but named by the
 *       H2 migration {@code db/vendor/h2/R__access_log_append_only.sql}, so it stays here.</li>
 * </ul>
 * The search, its page and REST API, and the Camunda REST filter are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bitácora de accesos (Access log)",
        allowedDependencies = { "platform" })
package mx.captacion.accesslog;
