/**
 * Identidad: the value types of a Mexican citizen's identity, shared by every module that reads or checks
 * one, with their formats and check digits. All of it is API and it depends on no other module:
 * {@link mx.captacion.identity.Curp}, {@link mx.captacion.identity.ClaveElector},
 * {@link mx.captacion.identity.Entidad}, {@link mx.captacion.identity.Sexo}, {@link mx.captacion.identity.Names}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identidad (identity)",
        allowedDependencies = {})
package mx.captacion.identity;
