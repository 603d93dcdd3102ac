package mx.captacion.helpdesk.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.platform.Roles;

/**
 * A kept attachment of a mail ticket, downloaded from the ticket's page. Only the MATO's agents,
 * who answer the tickets, open what requesters sent (it may hold personal data); the other help-desk
 * roles see the list on the page but not the files. A REST controller, so a refusal answers
 * {@code {"code","message"}} like the API does.
 */
@RestController
class TicketAttachmentsPage {

    private final TicketAttachments attachments;
    private final AccessLog accessLog;

    TicketAttachmentsPage(TicketAttachments attachments, AccessLog accessLog) {
        this.attachments = attachments;
        this.accessLog = accessLog;
    }

    @GetMapping("/mesa-ayuda/reportes/{id}/adjuntos/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, Authentication user) {
        if (user == null || user.getAuthorities().stream().noneMatch(a -> Roles.MATO.equals(a.getAuthority()))) {
            throw HelpDeskRejection.SOLO_MATO.problem();
        }
        TicketAttachments.Content content = attachments.content(id, attachmentId).orElseThrow(() ->
                HelpDeskRejection.ADJUNTO_DESCONOCIDO.problem(Ticket.numberOf(id)));
        accessLog.viewed(Viewed.TICKET_ATTACHMENT, Ticket.numberOf(id) + " adjunto " + attachmentId);
        return ResponseEntity.ok()
                // always a download, never shown inline: a file from outside must not run in our origin
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(content.contentType()))
                .body(content.bytes());
    }
}
