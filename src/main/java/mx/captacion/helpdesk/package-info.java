/**
 * The help desk (mesa de ayuda): tickets arrive by mail (the IMAP mailbox read by
 * {@code integration/helpdesk-mail.camel.yaml}), by phone (a call the INETEL records) or from the
 * representatives' portal; each runs its {@code support-ticket} process (triage, answer, technical
 * support, the first-answer and resolution deadlines, closing); a mailed ticket's answers go out
 * in the requester's conversation, a portal ticket's show in the representative's portal.
 *
 * <p>Its API, for the other modules:
 * <ul>
 *   <li>use cases: {@link mx.captacion.helpdesk.OpeningTicket} with {@link mx.captacion.helpdesk.NewTicket}
 *       (the demo's tickets);</li>
 *   <li>query ports: {@link mx.captacion.helpdesk.HelpDeskReports} and
 *       {@link mx.captacion.helpdesk.SearchingCases} (the nota informativa's sections 10 and 11),
 *       {@link mx.captacion.helpdesk.HelpDeskWork} (an agent's home page);</li>
 *   <li>values: {@link mx.captacion.helpdesk.TicketChannel}, {@link mx.captacion.helpdesk.HelpDeskLevel},
 *       {@link mx.captacion.helpdesk.TicketType}, {@link mx.captacion.helpdesk.TicketStatus}.</li>
 * </ul>
 * The ticket entity, its repository, the process's delegates and listener, the pages, the REST API
 * and the mail reader are in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mesa de ayuda (Help desk)",
        allowedDependencies = { "platform", "actors", "auxiliares", "mail", "accesslog" })
package mx.captacion.helpdesk;
