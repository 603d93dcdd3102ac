/**
 * The lista nominal: imports of the extract the DERFE hands over (a CSV file, uploaded or on the
 * server), resumable batch by batch, into {@code electoral_roll}, which auxiliares, records and the
 * local compulsa are checked against.
 *
 * <p>API:
 * <ul>
 * <li>{@link mx.captacion.roll.ElectoralRoll}, the query port on the loaded roll (find a citizen by
 * clave de elector);</li>
 * <li>{@link mx.captacion.roll.RollEntry}, a citizen in the roll, and
 * {@link mx.captacion.roll.RegistralStatus}, their status in the registry;</li>
 * <li>{@link mx.captacion.roll.RollFile}, the extract's file format (the demo writes synthetic ones).</li>
 * </ul>
 * The import (jobs, batches, pages, JSON API) is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lista nominal (roll)",
        allowedDependencies = {"platform", "identity"})
package mx.captacion.roll;
