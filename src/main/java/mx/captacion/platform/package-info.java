/**
 * The platform every module stands on, and that depends on none of them: security and the engine's
 * authorizations, the clock, encrypted image storage, the one error model, cut-offs, users.
 *
 * <p>API (this package): the error model ({@link mx.captacion.platform.Rejection},
 * {@link mx.captacion.platform.PlatformRejection}, {@link mx.captacion.platform.ApiProblem},
 * {@link mx.captacion.platform.ApiProblems} for Camel routes); images ({@link mx.captacion.platform.BlobStore},
 * {@link mx.captacion.platform.ImageFiles}, {@link mx.captacion.platform.ImageLimits},
 * {@link mx.captacion.platform.PersonalImages}); people ({@link mx.captacion.platform.Roles},
 * {@link mx.captacion.platform.Users}, {@link mx.captacion.platform.CompletingUser},
 * {@link mx.captacion.platform.ChangingPassword}); and small shared helpers ({@link mx.captacion.platform.Cutoffs},
 * {@link mx.captacion.platform.Markdown}, {@link mx.captacion.platform.Validation},
 * {@link mx.captacion.platform.PortalPage}, {@link mx.captacion.platform.PublicUrl},
 * {@link mx.captacion.platform.Sequences}, {@link mx.captacion.platform.FailureCounters},
 * {@link mx.captacion.platform.PlatformClock}, {@link mx.captacion.platform.Workspace},
 * {@link mx.captacion.platform.DemoProfile}, {@link mx.captacion.platform.ReencryptingBlobs},
 * {@link mx.captacion.platform.MessageBundle}).
 * Everything else — Spring Security's and Camunda's configuration, the blob store's files and keys,
 * the advices that answer refusals — is in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plataforma (platform)", allowedDependencies = {})
package mx.captacion.platform;
