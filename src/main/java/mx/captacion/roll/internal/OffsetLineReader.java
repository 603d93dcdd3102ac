package mx.captacion.roll.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The lines of a UTF-8 file, read from a byte offset, with the offset just after each line: what an
 * import commits with a batch so that it can continue there. ({@code BufferedReader} hides the offset.)
 */
final class OffsetLineReader implements Closeable {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();
    private byte[] line = new byte[256];
    private long offset;

    OffsetLineReader(Path file, long from) throws IOException {
        channel = FileChannel.open(file);
        channel.position(from);
        offset = from;
    }

    /** The next line without its {@code \n} or {@code \r\n}, or null at the end of the file. */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (!buffer.hasRemaining()) {
                buffer.clear();
                int read = channel.read(buffer);
                buffer.flip();
                if (read <= 0) {
                    return any ? decode(length) : null;
                }
            }
            any = true;
            byte[] bytes = buffer.array();
            int start = buffer.position();
            int end = start;
            while (end < buffer.limit() && bytes[end] != '\n') {
                end++;
            }
            int n = end - start;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(bytes, start, line, length, n);
            length += n;
            offset += n;
            if (end < buffer.limit()) {
                buffer.position(end + 1);
                offset++;
                return decode(length);
            }
            buffer.position(end);
        }
    }

    /** Bytes of the file up to the end of the last line returned. */
    long offset() {
        return offset;
    }

    private String decode(int length) {
        return new String(line, 0, length > 0 && line[length - 1] == '\r' ? length - 1 : length, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
