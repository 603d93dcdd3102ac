/**
 * The platform's outgoing mail: a mail is rendered from a Thymeleaf template and queued in the
 * caller's transaction, then delivered by {@code integration/mail.camel.yaml} (SMTP, or .eml files
 * in an outbox folder), retried on failure; {@code /correos} lists what was sent, what is still tried and what failed.
 *
 * <p>Its API, for the other modules:
 * <ul>
 *   <li>{@link mx.captacion.mail.Mails}: queue a mail (optionally in a conversation, with its
 *       {@link mx.captacion.mail.Mails.ThreadHeaders});</li>
 *   <li>{@link mx.captacion.mail.PlatformAddress}: the address the platform's mails leave from.</li>
 * </ul>
 * The outbox, its entity and repository, the MIME rendering, the settings and the page are in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correo saliente (Outgoing mail)",
        allowedDependencies = {})
package mx.captacion.mail;
