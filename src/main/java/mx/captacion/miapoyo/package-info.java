/**
 * Mi Apoyo: the citizen's own channel. The page that sends a record through the mobile API
 * (channel {@code MI_APOYO}) and the public look-up of a record by its receipt code.
 */
package mx.captacion.miapoyo;
