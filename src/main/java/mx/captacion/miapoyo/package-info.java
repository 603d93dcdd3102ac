/**
 * Mi Apoyo: the citizen's own channel. The page that sends a record through the mobile API
 * (channel {@code MI_APOYO}) and the public look-up of a record by its receipt code, read through
 * records.ReadingRecords.
 *
 * <p>API: none; no other module uses it. Its page, API and look-up are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mi Apoyo (miapoyo)",
        allowedDependencies = { "platform", "actors", "identity", "records" })
package mx.captacion.miapoyo;
