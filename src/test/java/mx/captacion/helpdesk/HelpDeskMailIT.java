package mx.captacion.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.MailServer;
import mx.captacion.helpdesk.internal.SupportTicketProcess;
import mx.captacion.helpdesk.internal.Ticket;
import mx.captacion.platform.Roles;

/**
 * The help desk's mailbox for real: mails sent by SMTP to GreenMail land in the IMAP mailbox the
 * route polls (and .eml files in the folder the zero-install default reads); the answer leaves by
 * SMTP to GreenMail in the same thread, and the requester's reply to it reopens the ticket.
 * application-test.yaml caps attachments at 64 KB.
 */
class HelpDeskMailIT extends IntegrationTestBase {

    private static final String AGENT = "mato.correo.it";
    private static final String INETEL_AGENT = "inetel.correo.it";
    private static final Path INBOX = Path.of("target/test-mesa-de-ayuda/entrada");
    /** Binary from its second line, as real PDFs are, so a mail client sends it in base64, byte for byte. */
    private static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    TaskService taskService;

    @BeforeEach
    void agents() {
        ensureUser(AGENT, Roles.MATO);
        ensureUser(INETEL_AGENT, Roles.INETEL);
    }

    @Test
    void aMailOpensATicketItsReplyThreadsTheAnswerIsDeliveredInTheThreadAndTheReplyToItReopens() throws Exception {
        String address = "lucia" + ThreadLocalRandom.current().nextInt(1_000_000) + "@correo.example";
        String first = newId();
        byte[] bigPng = new byte[70_000];
        bigPng[0] = (byte) 0x89;
        bigPng[1] = 'P';
        bigPng[2] = 'N';
        bigPng[3] = 'G';
        MimeMessage mail = mail(first, address, "Credencial vencida", "Un auxiliar tiene la credencial vencida. ¿Puede afiliarse?");
        attach(mail, "Un auxiliar tiene la credencial vencida. ¿Puede afiliarse?",
                new MimeBodyPart[] {file("credencial.pdf", "application/pdf", PDF),
                        file("programa.exe", "application/x-msdownload", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                        file("captura.png", "image/png", bigPng)});
        MailServer.send(mail);

        long id = awaitTicketOf(first);
        assertThat(jdbc.queryForMap("select channel, requester_name, requester_address, subject, status from captacion.ticket where id = ?", id))
                .containsEntry("channel", "CORREO").containsEntry("requester_name", "Lucía Peña Ortiz")
                .containsEntry("requester_address", address).containsEntry("subject", "Credencial vencida")
                .containsEntry("status", "NUEVO");
        assertThat(outcomeOf(first)).isEqualTo("ABIERTO");
        // the mail's attachments: the PDF kept, the executable and the oversized image refused, the ticket opened anyway
        List<Map<String, Object>> files = jdbc.queryForList("select id, file_name, content_hash, refused_reason, size_bytes "
                + "from captacion.ticket_attachment where ticket_id = ? order by id", id);
        assertThat(files).extracting(f -> f.get("file_name")).containsExactly("credencial.pdf", "programa.exe", "captura.png");
        assertThat(files.get(0).get("content_hash")).isEqualTo(sha256Hex(PDF));
        assertThat(files.get(0).get("refused_reason")).isNull();
        assertThat((String) files.get(1).get("refused_reason")).startsWith("Tipo de archivo no admitido");
        assertThat(files.get(1).get("content_hash")).isNull();
        assertThat((String) files.get(2).get("refused_reason")).startsWith("Archivo demasiado grande");
        assertThat(files.get(2).get("size_bytes")).isEqualTo(70_000L);

        // only the MATO downloads what was kept; the page lists the refused ones with the reason
        long pdf = (Long) files.get(0).get("id");
        HttpResponse<byte[]> download = getBytes("/mesa-ayuda/reportes/" + id + "/adjuntos/" + pdf, AGENT);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(getBytes("/mesa-ayuda/reportes/" + id + "/adjuntos/" + pdf, INETEL_AGENT).statusCode()).isEqualTo(403);
        assertThat(getBytes("/mesa-ayuda/reportes/" + id + "/adjuntos/" + files.get(1).get("id"), AGENT).statusCode())
                .isEqualTo(404);
        String page = portal(AGENT).get("/mesa-ayuda/reportes/" + id).body();
        assertThat(page).contains("credencial.pdf", "programa.exe", "Rechazado: Tipo de archivo no admitido",
                "/mesa-ayuda/reportes/" + id + "/adjuntos/" + pdf);

        // the requester writes again in the thread before the answer: the same ticket
        String second = newId();
        MimeMessage reply = mail(second, address, "RE: Credencial vencida", "Olvidé decir que vence este mes.");
        reply.setHeader("In-Reply-To", first);
        reply.setHeader("References", first);
        MailServer.send(reply);
        assertThat(awaitTicketOf(second)).isEqualTo(id);
        assertThat(outcomeOf(second)).isEqualTo("AGREGADO");
        assertThat(jdbc.queryForList("select body from captacion.ticket_message where ticket_id = ? order by at, id", String.class, id))
                .containsExactly("Un auxiliar tiene la credencial vencida. ¿Puede afiliarse?", "Olvidé decir que vence este mes.");

        // the same mail again (same Message-ID): read, but no second ticket
        MailServer.send(mail(first, address, "Credencial vencida", "Un auxiliar tiene la credencial vencida. ¿Puede afiliarse?"));
        await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.unreadInHelpDeskMailbox() == 0);
        assertThat(jdbc.queryForObject("select count(*) from captacion.ticket where requester_address = ?", Integer.class, address))
                .isOne();

        // the agent types and answers it: the answer leaves by SMTP, In-Reply-To the latest mail of the thread
        complete(id, SupportTicketProcess.TASK_TRIAGE, Map.of(SupportTicketProcess.VAR_TYPES, List.of("INFORMACION_REGISTRO_AUXILIAR")));
        complete(id, SupportTicketProcess.TASK_ANSWER, Map.of(SupportTicketProcess.VAR_ESCALATE, false,
                SupportTicketProcess.VAR_ANSWER, "La credencial de elector debe estar vigente al afiliarse."));
        await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.messagesTo(address).size() == 1);
        MimeMessage answer = MailServer.messagesTo(address).get(0);
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(second);
        assertThat(answer.getHeader("References", null)).contains(first, second);
        assertThat(answer.getSubject()).contains("Credencial vencida", Ticket.numberOf(id));
        assertThat(MailServer.messagesTo(address).get(0).getContent().toString())
                .contains("La credencial de elector debe estar vigente al afiliarse.");
        assertThat(status(id)).isEqualTo("RESPONDIDO");

        // the requester answers the answer from the mail client: back to the help desk, reopened
        String third = newId();
        MimeMessage again = mail(third, address, "RE: " + answer.getSubject(), "Gracias. ¿Y si la renueva?");
        again.setHeader("In-Reply-To", answer.getMessageID());
        again.setHeader("References", answer.getHeader("References", null) + " " + answer.getMessageID());
        MailServer.send(again);
        assertThat(awaitTicketOf(third)).isEqualTo(id);
        assertThat(outcomeOf(third)).isEqualTo("REABIERTO");
        assertThat(status(id)).isEqualTo("EN_ATENCION");
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(SupportTicketProcess.TASK_ANSWER);
    }

    @Test
    void anEmlDroppedInTheFolderOpensOneTicketEvenTwiceAndAnAutoReplyIsIgnored() throws Exception {
        String address = "ramon" + ThreadLocalRandom.current().nextInt(1_000_000) + "@correo.example";
        String messageId = newId();
        MimeMessage html = mail(messageId, address, "No carga la aplicación", null);
        html.setText("<html><body><p>La aplicaci&oacute;n no abre</p><p>desde <b>ayer</b>.</p></body></html>", "UTF-8", "html");
        byte[] eml = bytes(html);

        drop("primero.eml", eml);
        long id = awaitTicketOf(messageId);
        assertThat(jdbc.queryForObject("select body from captacion.ticket_message where ticket_id = ?", String.class, id))
                .isEqualTo("La aplicación no abre\ndesde ayer.");
        // the raw mail is kept in the blob store, whatever became of it
        String rawHash = jdbc.queryForObject("select raw_hash from captacion.ticket_mail where message_id = ?", String.class, messageId);
        assertThat(rawHash).isEqualTo(sha256Hex(eml));
        // ...encrypted, and only there: no plaintext copy of the mail stays in the inbox folder
        awaitProcessed("primero.eml");
        try (Stream<Path> left = Files.walk(INBOX)) {
            assertThat(left.filter(Files::isRegularFile).filter(file -> !file.startsWith(INBOX.resolve("fallidos"))))
                    .noneMatch(file -> contains(file, messageId));
        }

        drop("otra-vez.eml", eml);
        awaitProcessed("otra-vez.eml");
        assertThat(jdbc.queryForObject("select count(*) from captacion.ticket where requester_address = ?", Integer.class, address))
                .isOne();

        String autoReply = newId();
        MimeMessage away = mail(autoReply, address, "Fuera de la oficina", "Regreso el lunes.");
        away.setHeader("Auto-Submitted", "auto-replied");
        drop("ausente.eml", bytes(away));
        await().atMost(Duration.ofSeconds(30)).until(() -> outcomeOf(autoReply) != null);
        assertThat(outcomeOf(autoReply)).isEqualTo("IGNORADO");
        assertThat(jdbc.queryForObject("select ticket_id from captacion.ticket_mail where message_id = ?", Long.class, autoReply))
                .isNull();
        String bounceId = newId();
        MimeMessage bounce = mail(bounceId, "MAILER-DAEMON@correo.example", "Undelivered Mail Returned to Sender", "No se entregó.");
        drop("rebote.eml", bytes(bounce));
        await().atMost(Duration.ofSeconds(30)).until(() -> outcomeOf(bounceId) != null);
        assertThat(outcomeOf(bounceId)).isEqualTo("IGNORADO");
        assertThat(jdbc.queryForObject("select count(*) from captacion.ticket where requester_address = ?", Integer.class, address))
                .isOne();
    }

    // --- mails ------------------------------------------------------------------------------

    private static String newId() {
        return "<" + UUID.randomUUID() + "@correo.example>";
    }

    private static MimeMessage mail(String messageId, String from, String subject, String text) throws Exception {
        MimeMessage message = MailServer.newMessage(messageId);
        message.setFrom(from.startsWith("MAILER") ? new InternetAddress(from)
                : new InternetAddress(from, "Lucía Peña Ortiz", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MailServer.HELPDESK_MAILBOX));
        message.setSubject(subject, "UTF-8");
        if (text != null) {
            message.setText(text, "UTF-8");
        }
        return message;
    }

    private static void attach(MimeMessage message, String text, MimeBodyPart[] files) throws Exception {
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        multipart.addBodyPart(body);
        for (MimeBodyPart file : files) {
            multipart.addBodyPart(file);
        }
        message.setContent(multipart);
    }

    private static MimeBodyPart file(String name, String type, byte[] bytes) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    /** As the README asks: written under a dot name, then renamed, so the route never reads half a file. */
    private static void drop(String name, byte[] eml) throws Exception {
        Files.createDirectories(INBOX);
        Path temp = INBOX.resolve("." + name);
        Files.write(temp, eml);
        Files.move(temp, INBOX.resolve(name));
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException gone) {
            return false; // read by the route meanwhile
        }
    }

    private static void awaitProcessed(String name) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !Files.exists(INBOX.resolve(name)));
        assertThat(INBOX.resolve("fallidos").resolve(name)).doesNotExist();
    }

    private long awaitTicketOf(String messageId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ticketOf(messageId) != null);
        return ticketOf(messageId);
    }

    private Long ticketOf(String messageId) {
        return jdbc.queryForList("select ticket_id from captacion.ticket_mail where message_id = ?", Long.class, messageId)
                .stream().findFirst().orElse(null);
    }

    private String outcomeOf(String messageId) {
        return jdbc.queryForList("select outcome from captacion.ticket_mail where message_id = ?", String.class, messageId)
                .stream().findFirst().orElse(null);
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // --- the process ------------------------------------------------------------------------

    private void complete(long ticketId, String taskKey, Map<String, Object> variables) {
        Task task = task(ticketId);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        taskService.claim(task.getId(), AGENT);
        taskService.complete(task.getId(), variables);
    }

    private Task task(long ticketId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(ticketId)).singleResult();
    }

    private String status(long ticketId) {
        return jdbc.queryForObject("select status from captacion.ticket where id = ?", String.class, ticketId);
    }
}
