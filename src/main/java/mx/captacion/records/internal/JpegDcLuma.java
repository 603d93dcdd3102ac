package mx.captacion.records.internal;

import java.util.Arrays;

/**
 * The mean luma of every 8x8 block of a baseline JPEG, read from the DC coefficients alone: a
 * 1/8-scale grey picture for the price of the entropy decoding. A JPEG block's DC coefficient is
 * eight times the block's mean sample (less the 128 level shift), so no inverse DCT, no AC
 * dequantization, no chroma upsampling and no colour conversion are needed — only the Huffman
 * decoding, which cannot be skipped because codes have no byte boundaries: every coefficient of
 * every component (Cb and Cr too) must be decoded to find where the next block starts.
 *
 * <p>Only what {@link PerceptualHash} needs, and only the JPEGs whose first component is the luma:
 * 8-bit baseline or extended sequential Huffman JPEGs (SOF0/SOF1), greyscale or YCbCr, any
 * sampling factors in which the luma has the largest, interleaved or not, with restart intervals.
 * Anything else — progressive or lossless, arithmetic coding, 12-bit samples, Adobe RGB/CMYK, a
 * missing table, a truncated or corrupt scan — answers {@code null}, and the caller decodes the
 * whole image the usual way (which also decides what a damaged file is worth).
 */
final class JpegDcLuma {

    /** Image size in pixels, as the frame header says. */
    final int width;
    final int height;
    /** Whether the image has one component (grey), not YCbCr. */
    final boolean grey;
    /** Blocks per row of {@link #dc}: the luma's blocks including the padding of the last MCU. */
    private final int stride;
    /** Per luma block, its dequantized DC coefficient: 8 × (block mean − 128). */
    private final int[] dc;

    private JpegDcLuma(int width, int height, boolean grey, int stride, int[] dc) {
        this.width = width;
        this.height = height;
        this.grey = grey;
        this.stride = stride;
        this.dc = dc;
    }

    /** Blocks across the image: {@code ceil(width / 8)}. */
    int blocksWide() {
        return (width + 7) / 8;
    }

    /** Blocks down the image: {@code ceil(height / 8)}. */
    int blocksHigh() {
        return (height + 7) / 8;
    }

    /**
     * The mean sample (0–255, not rounded) of the 8x8 luma block at column {@code bx}, row {@code by};
     * clamped like decoded pixels, which cannot leave 0–255 either.
     */
    double mean(int bx, int by) {
        double mean = dc[by * stride + bx] / 8.0 + 128;
        return Math.max(0, Math.min(255, mean));
    }

    /** The block means of a baseline JPEG's luma, or null when it is not one this class reads (see the class). */
    static JpegDcLuma decode(byte[] jpeg) {
        try {
            return new Parser(jpeg).parse();
        } catch (Unsupported | RuntimeException e) {
            // a truncated header or segment reads past the array: malformed, left to ImageIO
            return null;
        }
    }

    /** Not a JPEG this class reads; thrown only inside, answered as null. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false); // thrown for control flow: no stack trace to fill
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    /** One frame component: its id, sampling factors and quantization table. */
    private record Component(int id, int h, int v, int table) {
    }

    /** Walks the markers of one JPEG and decodes its scans. */
    private static final class Parser {

        private final byte[] data;
        private int pos;

        private int width;
        private int height;
        private Component[] components;
        private int maxH;
        private int maxV;
        private int restartInterval;
        /** The Adobe APP14 colour transform, -1 when there is no such segment (0 means RGB or CMYK, not YCbCr). */
        private int adobeTransform = -1;
        /** Element 0 (the DC's step) of each quantization table, 0 when undefined. */
        private final int[] dcQuant = new int[4];
        private final Huffman[] dcTables = new Huffman[4];
        private final Huffman[] acTables = new Huffman[4];

        /** Luma DC output, allocated with the frame. */
        private int[] dc;
        private int stride;
        private boolean lumaDecoded;

        Parser(byte[] data) {
            this.data = data;
        }

        JpegDcLuma parse() throws Unsupported {
            if (data.length < 4 || u8(0) != 0xFF || u8(1) != 0xD8) {
                throw UNSUPPORTED;
            }
            pos = 2;
            while (true) {
                int marker = nextMarker();
                switch (marker) {
                    case 0xC0, 0xC1 -> frame();
                    // progressive, lossless, hierarchical, arithmetic: ImageIO's job
                    case 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF -> throw UNSUPPORTED;
                    case 0xC4 -> huffmanTables();
                    case 0xDB -> quantizationTables();
                    case 0xDD -> {
                        segmentLength();
                        restartInterval = u16(pos + 2);
                        skipSegment();
                    }
                    case 0xEE -> adobe();
                    case 0xDA -> scan();
                    case 0xD9 -> {
                        return finish();
                    }
                    case 0xDC -> throw UNSUPPORTED; // DNL: the height comes after the scan
                    default -> {
                        if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                            continue; // parameterless markers out of a scan: nothing to skip
                        }
                        skipSegment(); // APPn, COM and the rest: not needed
                    }
                }
            }
        }

        private JpegDcLuma finish() throws Unsupported {
            if (!lumaDecoded) {
                throw UNSUPPORTED;
            }
            if (components.length == 3 && (adobeTransform == 0 || components[0].id == 'R' && components[1].id == 'G'
                    && components[2].id == 'B')) {
                throw UNSUPPORTED; // stored as RGB: the first component is red, not luma
            }
            return new JpegDcLuma(width, height, components.length == 1, stride, dc);
        }

        /** The next marker's code, skipping fill bytes (and any garbage before it, as decoders do). */
        private int nextMarker() throws Unsupported {
            while (pos < data.length - 1) {
                if (u8(pos) == 0xFF) {
                    int code = u8(pos + 1);
                    if (code != 0xFF && code != 0x00) {
                        pos += 2;
                        return code;
                    }
                }
                pos++;
            }
            throw UNSUPPORTED; // no EOI: truncated
        }

        private int segmentLength() throws Unsupported {
            int length = u16(pos);
            if (length < 2 || pos + length > data.length) {
                throw UNSUPPORTED;
            }
            return length;
        }

        private void skipSegment() throws Unsupported {
            pos += segmentLength();
        }

        private void frame() throws Unsupported {
            int length = segmentLength();
            if (components != null) {
                throw UNSUPPORTED; // a second frame
            }
            int precision = u8(pos + 2);
            height = u16(pos + 3);
            width = u16(pos + 5);
            int count = u8(pos + 7);
            if (precision != 8 || height == 0 || width == 0 || (count != 1 && count != 3) || length != 8 + 3 * count) {
                throw UNSUPPORTED;
            }
            components = new Component[count];
            for (int i = 0; i < count; i++) {
                int at = pos + 8 + 3 * i;
                int sampling = u8(at + 1);
                Component component = new Component(u8(at), sampling >> 4, sampling & 15, u8(at + 2));
                if (component.h < 1 || component.h > 4 || component.v < 1 || component.v > 4 || component.table > 3) {
                    throw UNSUPPORTED;
                }
                components[i] = component;
                maxH = Math.max(maxH, component.h);
                maxV = Math.max(maxV, component.v);
            }
            // the luma must have the finest sampling, so one of its blocks is 8x8 image pixels
            if (components[0].h != maxH || components[0].v != maxV) {
                throw UNSUPPORTED;
            }
            int mcusWide = ceilDiv(width, 8 * maxH);
            int mcusHigh = ceilDiv(height, 8 * maxV);
            stride = mcusWide * maxH;
            // every coded block takes at least two bits (a DC size and an EOB): a frame larger than
            // the file could hold is a corrupt header, not an array worth allocating
            if ((long) stride * mcusHigh * maxV > 8L * data.length) {
                throw UNSUPPORTED;
            }
            dc = new int[stride * mcusHigh * maxV];
            pos += length;
        }

        private void adobe() throws Unsupported {
            int length = segmentLength();
            // "Adobe" + version(2) + flags0(2) + flags1(2) + transform(1)
            if (length >= 14 && u8(pos + 2) == 'A' && u8(pos + 3) == 'd' && u8(pos + 4) == 'o' && u8(pos + 5) == 'b'
                    && u8(pos + 6) == 'e') {
                adobeTransform = u8(pos + 13);
            }
            pos += length;
        }

        private void quantizationTables() throws Unsupported {
            int end = pos + segmentLength();
            int at = pos + 2;
            while (at < end) {
                int pq = u8(at) >> 4;
                int id = u8(at) & 15;
                if (id > 3 || pq > 1) {
                    throw UNSUPPORTED;
                }
                // the first of the 64 steps in zigzag order is the DC's
                dcQuant[id] = pq == 0 ? u8(at + 1) : u16(at + 1);
                at += 1 + 64 * (pq + 1);
            }
            if (at != end) {
                throw UNSUPPORTED;
            }
            pos = end;
        }

        private void huffmanTables() throws Unsupported {
            int end = pos + segmentLength();
            int at = pos + 2;
            while (at < end) {
                int tableClass = u8(at) >> 4;
                int id = u8(at) & 15;
                if (tableClass > 1 || id > 3) {
                    throw UNSUPPORTED;
                }
                int[] counts = new int[17];
                int total = 0;
                for (int length = 1; length <= 16; length++) {
                    counts[length] = u8(at + length);
                    total += counts[length];
                }
                if (total > 256 || at + 17 + total > end) {
                    throw UNSUPPORTED;
                }
                int[] symbols = new int[total];
                for (int i = 0; i < total; i++) {
                    symbols[i] = u8(at + 17 + i);
                }
                Huffman table = new Huffman(counts, symbols, tableClass == 1);
                (tableClass == 0 ? dcTables : acTables)[id] = table;
                at += 17 + total;
            }
            if (at != end) {
                throw UNSUPPORTED;
            }
            pos = end;
        }

        /** One scan: its header, then the entropy-coded data up to the next marker. */
        private void scan() throws Unsupported {
            int length = segmentLength();
            if (components == null) {
                throw UNSUPPORTED;
            }
            int count = u8(pos + 2);
            if (count < 1 || count > components.length || length != 6 + 2 * count) {
                throw UNSUPPORTED;
            }
            Component[] members = new Component[count];
            Huffman[] dcOf = new Huffman[count];
            Huffman[] acOf = new Huffman[count];
            int lumaIndex = -1;
            for (int i = 0; i < count; i++) {
                int id = u8(pos + 3 + 2 * i);
                int tables = u8(pos + 4 + 2 * i);
                for (int c = 0; c < components.length; c++) {
                    if (components[c].id == id) {
                        members[i] = components[c];
                        if (c == 0) {
                            lumaIndex = i;
                        }
                    }
                }
                if (members[i] == null || (tables >> 4) > 3 || (tables & 15) > 3) {
                    throw UNSUPPORTED;
                }
                dcOf[i] = dcTables[tables >> 4];
                acOf[i] = acTables[tables & 15];
            }
            int spectral = pos + 3 + 2 * count;
            // a sequential scan codes all 64 coefficients at full precision
            if (u8(spectral) != 0 || u8(spectral + 1) != 63 || u8(spectral + 2) != 0) {
                throw UNSUPPORTED;
            }
            pos += length;
            if (lumaIndex < 0) {
                // a chroma-only scan (non-interleaved files): none of its bits are needed, and its
                // data ends at the next marker that is not a restart
                skipEntropyData();
                return;
            }
            for (int i = 0; i < count; i++) {
                if (dcOf[i] == null || acOf[i] == null) {
                    throw UNSUPPORTED;
                }
            }
            int quant = dcQuant[components[0].table];
            if (quant == 0 || lumaDecoded) {
                throw UNSUPPORTED;
            }
            new Entropy(this, pos).decode(members, dcOf, acOf, lumaIndex, quant);
            lumaDecoded = true;
        }

        /** Moves past entropy-coded data: to the first marker that is neither stuffing nor a restart. */
        private void skipEntropyData() throws Unsupported {
            while (pos < data.length - 1) {
                if (u8(pos) == 0xFF) {
                    int next = u8(pos + 1);
                    if (next != 0 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                        return; // nextMarker reads it
                    }
                    if (next != 0xFF) {
                        pos++;
                    }
                }
                pos++;
            }
            throw UNSUPPORTED;
        }

        private int u8(int at) {
            return data[at] & 0xFF;
        }

        private int u16(int at) {
            return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
        }
    }

    /** The entropy decoding of one scan that holds the luma. */
    private static final class Entropy {

        private final Parser parser;
        private final byte[] data;
        private int pos;
        /** Unread bits, left-aligned at bit 63. */
        private long bits;
        private int bitCount;
        /** Zero bits fed in past the scan's end (a marker or the array's end): reading into them means truncated data. */
        private int padding;

        Entropy(Parser parser, int start) {
            this.parser = parser;
            this.data = parser.data;
            this.pos = start;
        }

        void decode(Component[] members, Huffman[] dcOf, Huffman[] acOf, int lumaIndex, int quant) throws Unsupported {
            int[] out = parser.dc;
            int stride = parser.stride;
            int[] predictor = new int[members.length];
            int mcusWide;
            int mcusHigh;
            boolean interleaved = members.length > 1;
            if (interleaved) {
                mcusWide = ceilDiv(parser.width, 8 * parser.maxH);
                mcusHigh = ceilDiv(parser.height, 8 * parser.maxV);
            } else {
                // one component alone: one block per MCU, and only the blocks the image covers
                Component only = members[0];
                mcusWide = ceilDiv(ceilDiv(parser.width * only.h, parser.maxH), 8);
                mcusHigh = ceilDiv(ceilDiv(parser.height * only.v, parser.maxV), 8);
            }
            int restart = parser.restartInterval;
            int untilRestart = restart;
            for (int my = 0; my < mcusHigh; my++) {
                for (int mx = 0; mx < mcusWide; mx++) {
                    if (restart > 0) {
                        if (untilRestart == 0) {
                            restartMarker();
                            Arrays.fill(predictor, 0);
                            untilRestart = restart;
                        }
                        untilRestart--;
                    }
                    for (int i = 0; i < members.length; i++) {
                        Huffman dcTable = dcOf[i];
                        Huffman acTable = acOf[i];
                        int h = interleaved ? members[i].h : 1;
                        int v = interleaved ? members[i].v : 1;
                        for (int by = 0; by < v; by++) {
                            for (int bx = 0; bx < h; bx++) {
                                predictor[i] += dcDifference(dcTable);
                                skipAc(acTable);
                                if (i == lumaIndex) {
                                    int x = interleaved ? mx * h + bx : mx;
                                    int y = interleaved ? my * v + by : my;
                                    out[y * stride + x] = predictor[i] * quant;
                                }
                            }
                        }
                    }
                }
            }
            checkNotTruncated();
            // hand the parser the position after the scan's last byte; nextMarker finds what follows
            parser.pos = pos;
        }

        /** Reads the DC's size category and its extra bits: the difference from the previous block's DC. */
        private int dcDifference(Huffman table) throws Unsupported {
            int size = symbol(table);
            if (size == 0) {
                return 0;
            }
            if (size > 11) {
                throw UNSUPPORTED;
            }
            fill();
            int value = (int) (bits >>> (64 - size));
            bits <<= size;
            bitCount -= size;
            // the JPEG "extend": a leading 0 bit means a negative value
            return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
        }

        /** Walks past the 63 AC coefficients without keeping them: run/size symbols and their extra bits. */
        private void skipAc(Huffman table) throws Unsupported {
            for (int k = 1; k < 64; ) {
                fill();
                int entry = table.fast[(int) (bits >>> (64 - Huffman.FAST_BITS))];
                if (entry != 0) {
                    // code and extra bits together: the table precomputed how long both are
                    int used = entry >>> 16;
                    bits <<= used;
                    bitCount -= used;
                    k += entry & 0xFF;
                    continue;
                }
                int code = table.fastSymbol[(int) (bits >>> (64 - Huffman.FAST_BITS))];
                int rs;
                if (code != 0) {
                    // a short code whose extra bits do not fit the lookup, or EOB / ZRL
                    int used = code >>> 16;
                    bits <<= used;
                    bitCount -= used;
                    rs = code & 0xFF;
                } else {
                    rs = table.slow(this);
                }
                int run = rs >> 4;
                int size = rs & 15;
                if (size == 0) {
                    if (run != 15) {
                        return; // end of block
                    }
                    k += 16;
                } else {
                    fill();
                    bits <<= size;
                    bitCount -= size;
                    k += run + 1;
                }
            }
        }

        private int symbol(Huffman table) throws Unsupported {
            fill();
            int entry = table.fastSymbol[(int) (bits >>> (64 - Huffman.FAST_BITS))];
            if (entry != 0) {
                int used = entry >>> 16;
                bits <<= used;
                bitCount -= used;
                return entry & 0xFF;
            }
            return table.slow(this);
        }

        /**
         * Tops the bit buffer up to at least 32 bits (a code of 16 plus 16 extra bits at most): bytes
         * of entropy data, with an FF 00 pair meaning FF; a marker ends the data, and zeros follow it.
         */
        void fill() {
            while (bitCount <= 56) {
                int b;
                if (pos < data.length) {
                    b = data[pos] & 0xFF;
                    if (b == 0xFF) {
                        int next = pos + 1 < data.length ? data[pos + 1] & 0xFF : -1;
                        if (next == 0) {
                            pos += 2;
                        } else {
                            b = 0; // a marker: stay before it
                            padding += 8;
                        }
                    } else {
                        pos++;
                    }
                } else {
                    b = 0;
                    padding += 8;
                }
                bits |= (long) b << (56 - bitCount);
                bitCount += 8;
            }
        }

        /** Decoding used bits that were never in the file: the scan was cut short. */
        private void checkNotTruncated() throws Unsupported {
            if (bitCount < padding) {
                throw UNSUPPORTED;
            }
        }

        /**
         * Between restart intervals: the rest of the byte is padding, then RSTn. The DC predictions
         * start again at zero (the caller resets them).
         */
        private void restartMarker() throws Unsupported {
            checkNotTruncated();
            bits = 0;
            bitCount = 0;
            padding = 0;
            // fill never reads past a marker, so the RSTn is at pos or after the interval's last
            // few bytes that the buffer has not taken yet (their bits are only the byte's padding)
            while (pos < data.length - 1 && !(data[pos] == (byte) 0xFF && (data[pos + 1] & 0xF8) == 0xD0)) {
                pos++;
            }
            if (pos >= data.length - 1) {
                throw UNSUPPORTED;
            }
            pos += 2;
        }

        /** Consumes {@code count} bits (at most 16) and answers them, for the slow Huffman path. */
        int take(int count) {
            fill();
            int value = (int) (bits >>> (64 - count));
            bits <<= count;
            bitCount -= count;
            return value;
        }

        long peek() {
            fill();
            return bits;
        }
    }

    /**
     * A Huffman table: a lookup of the first {@link #FAST_BITS} bits for the short (common) codes,
     * and the canonical code ranges for the rest.
     */
    private static final class Huffman {

        static final int FAST_BITS = 10;

        /** By the next FAST_BITS bits: (code length << 16) | symbol, 0 when the code is longer. */
        final int[] fastSymbol = new int[1 << FAST_BITS];
        /**
         * For AC tables, by the next FAST_BITS bits: (code length + extra bits << 16) | coefficients
         * advanced (run + 1), when code and extra bits both fit; 0 otherwise (and for EOB and ZRL,
         * which the slow path handles).
         */
        final int[] fast;
        /** The largest code of each length, -1 when none; and the index of its first symbol. */
        private final int[] maxCode = new int[18];
        private final int[] valueOffset = new int[17];
        private final int[] symbols;

        Huffman(int[] counts, int[] symbols, boolean ac) throws Unsupported {
            this.symbols = symbols;
            this.fast = ac ? new int[1 << FAST_BITS] : null;
            int code = 0;
            int index = 0;
            for (int length = 1; length <= 16; length++) {
                valueOffset[length] = index - code;
                for (int i = 0; i < counts[length]; i++, index++, code++) {
                    int symbol = symbols[index];
                    if (length <= FAST_BITS) {
                        int shift = FAST_BITS - length;
                        int first = code << shift;
                        for (int j = 0; j < 1 << shift; j++) {
                            fastSymbol[first + j] = length << 16 | symbol;
                        }
                        int size = symbol & 15;
                        if (ac && size != 0 && length + size <= FAST_BITS) {
                            for (int j = 0; j < 1 << shift; j++) {
                                fast[first + j] = (length + size) << 16 | ((symbol >> 4) + 1);
                            }
                        }
                    }
                }
                maxCode[length] = counts[length] == 0 ? -1 : code - 1;
                if (code > 1 << length) {
                    throw UNSUPPORTED; // more codes than the length allows: a corrupt table
                }
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE; // sentinel
        }

        /** Decodes one symbol bit length by bit length (codes longer than FAST_BITS, EOB and ZRL). */
        int slow(Entropy in) throws Unsupported {
            long bits = in.peek();
            for (int length = 1; length <= 16; length++) {
                int code = (int) (bits >>> (64 - length));
                if (maxCode[length] >= 0 && code <= maxCode[length]) {
                    in.take(length);
                    return symbols[code + valueOffset[length]];
                }
            }
            throw UNSUPPORTED; // no code matches: corrupt data
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
