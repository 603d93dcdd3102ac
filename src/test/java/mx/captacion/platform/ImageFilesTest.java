package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Base64 as apps send it, and an image's kind and size read from its header only. */
class ImageFilesTest {

    private static final byte[] BYTES = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void base64IsReadPlainAsADataUriAndWithLineBreaks() {
        String plain = Base64.getEncoder().encodeToString(BYTES);
        String mime = Base64.getMimeEncoder(4, "\r\n".getBytes()).encodeToString(BYTES);
        assertThat(mime).contains("\r\n");

        assertThat(ImageFiles.decodeBase64(plain)).isEqualTo(BYTES);
        assertThat(ImageFiles.decodeBase64("data:image/jpeg;base64," + plain)).isEqualTo(BYTES);
        assertThat(ImageFiles.decodeBase64(mime)).isEqualTo(BYTES);
        assertThat(ImageFiles.decodeBase64(" " + plain + "\n")).isEqualTo(BYTES);
    }

    @Test
    void whatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> ImageFiles.decodeBase64("no es base64 ¿?")).isInstanceOf(IllegalArgumentException.class);
        // a comma is not a data URI unless the text starts as one
        assertThatThrownBy(() -> ImageFiles.decodeBase64("AAAA,AAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHeaderGivesTheFormatAndTheSize() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB), "png", png);

        assertThat(ImageFiles.format(png.toByteArray())).contains(ImageFiles.Format.PNG);
        assertThat(ImageFiles.dimensions(png.toByteArray())).contains(new ImageFiles.Dimensions(321, 123));
        assertThat(ImageFiles.dimensions(BYTES)).isEmpty();
        assertThat(ImageFiles.format("GIF89a".getBytes())).isEmpty();
    }
}
