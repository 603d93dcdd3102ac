package mx.captacion.helpdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IncomingMailsTest {

    @Test
    void messageIdsAreTakenFromFoldedHeadersWithTheirAngleBrackets() {
        assertThat(IncomingMails.ids("<a@x.example>\r\n <b.c@y.example> (comentario) <d@z>"))
                .containsExactly("<a@x.example>", "<b.c@y.example>", "<d@z>");
        assertThat(IncomingMails.ids(null)).isEmpty();
        assertThat(IncomingMails.ids("sin corchetes@x")).isEmpty();
    }

    @Test
    void htmlBecomesItsTextWithoutScriptsStylesOrTags() {
        assertThat(IncomingMails.Parsed.stripHtml("<html><head><style>p{}</style></head><body><p>Hola&nbsp;Mar&iacute;a</p>"
                + "<script>alert(1)</script><div>segunda<br>línea</div></body></html>").strip())
                .isEqualTo("Hola\u00a0María\nsegunda\nlínea");
    }

    @Test
    void theFirstBytesMustAgreeWithTheDeclaredType() {
        assertThat(TicketAttachments.looksLike("application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(TicketAttachments.looksLike("application/pdf", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(TicketAttachments.looksLike("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isTrue();
        assertThat(TicketAttachments.looksLike("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})).isTrue();
        assertThat(TicketAttachments.looksLike("image/png", new byte[] {'P', 'N'})).isFalse();
        assertThat(TicketAttachments.looksLike("video/mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'})).isTrue();
        assertThat(TicketAttachments.looksLike("text/plain", "hola".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(TicketAttachments.looksLike("text/plain", new byte[] {'h', 0, 'a'})).isFalse();
        assertThat(TicketAttachments.looksLike("application/zip", new byte[] {'P', 'K'})).isFalse();
    }
}
