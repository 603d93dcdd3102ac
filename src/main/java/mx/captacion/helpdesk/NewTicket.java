package mx.captacion.helpdesk;

import java.util.List;

/**
 * A ticket to open, whatever the channel.
 *
 * @param channel          how it arrived
 * @param level            INETEL or MATO (null: MATO)
 * @param requesterName    who asked, as they signed or said it
 * @param requesterAddress the mail address (CORREO) or phone number (TELEFONO) answers go to
 * @param subject          the mail's subject or the call's reason in a line
 * @param body             what they wrote or said
 * @param actorFolio       the political actor's folio, when known
 * @param auxiliarId       the auxiliar named, when any
 * @param threadKey        the mail's Message-ID (or another channel's conversation key), to thread replies
 * @param types            the types, when already known (a recorded call); empty sends it to triage
 * @param otherType        OTRA's text
 * @param answer           the answer already given (a call resolved on the line); null when pending
 * @param openedBy         the user or system that opened it ("correo" for the mail route)
 */
public record NewTicket(TicketChannel channel, HelpDeskLevel level, String requesterName, String requesterAddress,
                        String subject, String body, String actorFolio, String auxiliarId, String threadKey,
                        List<TicketType> types, String otherType, String answer, String openedBy) {

    /** A mail that starts a new conversation (the mail route's case). */
    public static NewTicket byMail(String fromName, String fromAddress, String subject, String body, String messageId) {
        return new NewTicket(TicketChannel.CORREO, HelpDeskLevel.MATO, fromName, fromAddress, subject, body,
                null, null, messageId, List.of(), null, null, "correo");
    }
}
