/**
 * Retention and deletion of personal data: each capture process keeps its citizens' and
 * auxiliares' personal data for a period after its end (or its last hearing decision), then a
 * timer ({@code integration/retention.camel.yaml}) purges them — images, identifying fields, the
 * Camunda variables that copied them, the bitácora's claves — keeping every status, count and
 * instant the reports read. INE places holds on processes under legal dispute and reads the purge
 * log at {@code /retencion}.
 *
 * <p>Its API, for the other modules: {@link mx.captacion.retention.HoldingPurge} (place or release a
 * hold, change a process's period; the demo's seed holds its process). The purge, the rules, the
 * engine clean-up, the page and the REST API are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retención de datos personales (Retention)",
        allowedDependencies = { "platform", "actors", "records", "hearings" })
package mx.captacion.retention;
