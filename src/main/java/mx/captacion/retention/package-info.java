/**
 * Retention and deletion of personal data: each capture process keeps its citizens' and
 * auxiliares' personal data for a period after its end (or its last hearing decision), then a
 * timer ({@code integration/retention.camel.yaml}) purges them — images, identifying fields, the
 * Camunda variables that copied them, the bitácora's claves — keeping every status, count and
 * instant the reports read. INE places holds on processes under legal dispute and reads the purge
 * log at {@code /retencion}.
 */
package mx.captacion.retention;
