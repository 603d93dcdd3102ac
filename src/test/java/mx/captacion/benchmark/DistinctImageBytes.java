package mx.captacion.benchmark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * One picture, different bytes for every record: a tag written into a comment of the image (a JPEG
 * {@code COM} segment, a PNG {@code tEXt} chunk) makes each record's four images files of their own,
 * stored and encrypted at reception as a citizen's would be, while the benchmark holds one image set
 * (20,000 sets would be several GB). The pixels, and so the perceptual hash, stay the same.
 *
 * <p>The tag sits at a byte offset and with a length that are multiples of 3, so in the image's
 * Base64 it is a run of characters of its own: each record's body is the shared JSON with that run
 * replaced ({@link #region}).
 */
final class DistinctImageBytes {

    private static final int JPEG_TAG = 12;
    /** With the chunk's CRC after it: 14 + 4 = 18 bytes, a multiple of 3. */
    private static final int PNG_TAG = 14;
    private static final byte[] PNG_KEYWORD = "Comment\0  ".getBytes(StandardCharsets.ISO_8859_1);

    private final byte[] image;
    private final boolean png;
    /** Byte offset in {@link #image} of the part that changes per record. */
    private final int regionStart;

    /** The image with room for the tag. */
    DistinctImageBytes(byte[] original) {
        this.png = original[0] == (byte) 0x89;
        if (png) {
            // after the signature (8) and IHDR (25): length, "tEXt", keyword and padding, tag, CRC
            int at = 33;
            byte[] data = new byte[PNG_KEYWORD.length + PNG_TAG];
            System.arraycopy(PNG_KEYWORD, 0, data, 0, PNG_KEYWORD.length);
            ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
            chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data).putInt(0);
            this.image = splice(original, at, chunk.array());
            this.regionStart = at + 8 + PNG_KEYWORD.length;
        } else {
            // after SOI: FF FE, length (2 + tag), tag
            ByteBuffer segment = ByteBuffer.allocate(4 + JPEG_TAG);
            segment.put((byte) 0xFF).put((byte) 0xFE).putShort((short) (2 + JPEG_TAG));
            this.image = splice(original, 2, segment.array());
            this.regionStart = 6;
        }
        if (regionStart % 3 != 0 || regionLength() % 3 != 0) {
            throw new IllegalStateException("The tag must be aligned to Base64's groups of 3 bytes");
        }
    }

    /** The image's bytes with an empty tag (its Base64 goes into the shared JSON). */
    byte[] image() {
        return image;
    }

    /** Where the changing run starts in the image's Base64, in characters. */
    int base64Start() {
        return regionStart / 3 * 4;
    }

    /** The changing run's Base64 for record {@code index} (tag, and for a PNG the chunk's CRC), as ASCII. */
    byte[] region(String kind, int index) {
        byte[] bytes;
        if (png) {
            byte[] tag = String.format("%s%013d", kind, index).getBytes(StandardCharsets.ISO_8859_1);
            byte[] typeAndData = new byte[4 + PNG_KEYWORD.length + PNG_TAG];
            System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
            System.arraycopy(PNG_KEYWORD, 0, typeAndData, 4, PNG_KEYWORD.length);
            System.arraycopy(tag, 0, typeAndData, 4 + PNG_KEYWORD.length, PNG_TAG);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            bytes = ByteBuffer.allocate(PNG_TAG + 4).put(tag).putInt((int) crc.getValue()).array();
        } else {
            bytes = String.format("%s%011d", kind, index).getBytes(StandardCharsets.ISO_8859_1);
        }
        return Base64.getEncoder().encode(bytes);
    }

    /** Length of the changing run in Base64 characters. */
    int base64Length() {
        return regionLength() / 3 * 4;
    }

    private int regionLength() {
        return png ? PNG_TAG + 4 : JPEG_TAG;
    }

    private static byte[] splice(byte[] original, int at, byte[] inserted) {
        byte[] result = Arrays.copyOf(original, original.length + inserted.length);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(original, at, result, at + inserted.length, original.length - at);
        return result;
    }
}
