/**
 * Actores políticos: the capture processes (campaigns with a period, a kind and the control desk's
 * review mode and sampling) and the political actors that take part in them, each known by its folio
 * and acting through a representative's portal account. INE staff create processes and register actors
 * through the page and the API in {@code internal}.
 *
 * <p>Its API:
 * <ul>
 *   <li>use cases: {@link mx.captacion.actors.CreatingCaptureProcess} ({@link mx.captacion.actors.NewCaptureProcess}),
 *       {@link mx.captacion.actors.RegisteringActor} ({@link mx.captacion.actors.NewActor}),
 *       {@link mx.captacion.actors.ControlDeskSampling} (whether a record goes to a reviewer);</li>
 *   <li>query ports: {@link mx.captacion.actors.ActorLookup} (an actor by id or folio),
 *       {@link mx.captacion.actors.ActorAccess} (the signed-in representative's actor, and the gate to its data),
 *       {@link mx.captacion.actors.ActorsPerDayReport} ({@link mx.captacion.actors.ActorsPerDay},
 *       {@link mx.captacion.actors.ActorSummary});</li>
 *   <li>the entities other modules hold on to and their repositories, still used directly by modules that have
 *       not moved to the ports: {@link mx.captacion.actors.CaptureProcess}, {@link mx.captacion.actors.CaptureProcesses},
 *       {@link mx.captacion.actors.PoliticalActor}, {@link mx.captacion.actors.PoliticalActors};</li>
 *   <li>values: {@link mx.captacion.actors.Folio}, {@link mx.captacion.actors.ProcessKind},
 *       {@link mx.captacion.actors.ReviewMode}, {@link mx.captacion.actors.ActorRejection}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actores políticos (actors)",
        allowedDependencies = { "platform", "mail" })
package mx.captacion.actors;
