/**
 * Auxiliares: the gatherers an actor registers (alta one by one or by CSV), their registration in the
 * app with the credential's images, their review (automatic against the electoral roll, or by a person
 * in the BPMN process {@code auxiliarLifecycle}) and their baja, with the history of every status. The
 * portal pages, the APIs, the Camunda delegates and listeners and the helpers are in {@code internal}.
 *
 * <p>Its API:
 * <ul>
 *   <li>use cases: {@link mx.captacion.auxiliares.AuxiliarRegistry} (alta, baja, search, history),
 *       {@link mx.captacion.auxiliares.RegisteringInApp} ({@link mx.captacion.auxiliares.AppRegistration});</li>
 *   <li>the process's constants: {@link mx.captacion.auxiliares.AuxiliarLifecycle};</li>
 *   <li>the entity and its repository, still read directly by other modules:
 *       {@link mx.captacion.auxiliares.Auxiliar}, {@link mx.captacion.auxiliares.Auxiliares};</li>
 *   <li>values, commands, views and events: {@link mx.captacion.auxiliares.AuxiliarId},
 *       {@link mx.captacion.auxiliares.NewAuxiliar}, {@link mx.captacion.auxiliares.AuxiliarStatus},
 *       {@link mx.captacion.auxiliares.AuthenticationType}, {@link mx.captacion.auxiliares.BajaCause},
 *       {@link mx.captacion.auxiliares.StatusPeriod}, {@link mx.captacion.auxiliares.AuxiliarStatusChanged}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Auxiliares (auxiliares)",
        allowedDependencies = { "platform", "actors", "identity", "roll", "mail", "accesslog" })
package mx.captacion.auxiliares;
