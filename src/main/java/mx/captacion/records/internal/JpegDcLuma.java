package mx.captacion.records.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The luma of a baseline JPEG summed over the cells of a coarse grid, read from its DCT
 * coefficients without decoding the image. A block's DC coefficient is eight times the block's
 * mean sample (less the 128 level shift), so a block wholly inside one cell adds 64 times that.
 * A block cut by a cell boundary (or by the image's right or bottom edge) needs more: its sum over
 * a band of whole columns follows exactly from its first row of coefficients F(0, u), over a band
 * of whole rows from its first column F(v, 0), and over a corner from all 64 — the IDCT is
 * separable and a basis function sums to zero over a whole side. Only the cut blocks' coefficients
 * are kept; for the others the AC codes are walked past. No inverse DCT, no chroma upsampling, no
 * colour conversion — only the Huffman decoding, which cannot be skipped because codes have no
 * byte boundaries: every coefficient of every component (Cb and Cr too) must be decoded to find
 * where the next block starts. Block means alone (each block wholly in one cell) were tried
 * first: a rescaled copy's blocks fall differently on the grid and its perceptual hash moved up to
 * 23 bits.
 *
 * <p>Only the JPEGs whose first component is the luma: 8-bit baseline or extended sequential
 * Huffman JPEGs (SOF0/SOF1), greyscale or YCbCr, any sampling factors in which the luma has the
 * largest, interleaved or one scan per component, with restart intervals. Anything else —
 * progressive or lossless, arithmetic coding, 12-bit samples, Adobe RGB/CMYK, a missing table, a
 * truncated or corrupt scan — answers {@code null}, and the caller decodes the whole image the
 * usual way (which also decides what a damaged file is worth).
 *
 * <p>Unlike a full decode, nothing is clamped to 0–255: where the IDCT rings past black or white
 * (dark text on a light card) a decoder clamps the samples and their mean moves by a few levels;
 * the coefficients give the unclamped one.
 */
final class JpegDcLuma {

    /** The natural position (8 v + u) of each zigzag index. */
    private static final int[] NATURAL = {0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40,
        48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58,
        59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

    /** What a block keeps: nothing but its DC, its first row (cut across its columns), its first column, or all. */
    private static final int DC_ONLY = 0;
    private static final int FIRST_ROW = 1;
    private static final int FIRST_COLUMN = 2;
    private static final int ALL = 3;
    /** For each kind, by zigzag index: the kept value's place (1-based) among the block's, 0 when not kept. */
    private static final int[][] SLOTS = new int[4][64];
    /** For each kind, how many AC values it keeps, and the last zigzag index of one (past it, codes are only skipped). */
    private static final int[] KEPT = {0, 7, 7, 63};
    private static final int[] LAST = new int[4];

    static {
        for (int k = 1; k < 64; k++) {
            int u = NATURAL[k] % 8;
            int v = NATURAL[k] / 8;
            if (v == 0) {
                SLOTS[FIRST_ROW][k] = u;
                LAST[FIRST_ROW] = k;
            }
            if (u == 0) {
                SLOTS[FIRST_COLUMN][k] = v;
                LAST[FIRST_COLUMN] = k;
            }
            SLOTS[ALL][k] = NATURAL[k];
            LAST[ALL] = k;
        }
    }

    /**
     * PARTIAL[u][x]: the sum over pixels 0..x-1 of the IDCT's basis function u along one axis,
     * (C(u) / 2) cos((2i + 1) u π / 16), with C(0) = 1/√2. A band's sum of the block is then a
     * difference of two of these times the coefficient; over all 8 pixels it is 0 for u ≥ 1.
     */
    private static final double[][] PARTIAL = new double[8][9];

    static {
        for (int u = 0; u < 8; u++) {
            double scale = u == 0 ? 1 / (2 * Math.sqrt(2)) : 0.5;
            for (int x = 0; x < 8; x++) {
                PARTIAL[u][x + 1] = PARTIAL[u][x] + scale * Math.cos((2 * x + 1) * u * Math.PI / 16);
            }
        }
    }

    /** Image size in pixels, as the frame header says. */
    final int width;
    final int height;
    /** Whether the image has one component (grey), not YCbCr. */
    final boolean grey;
    /** Blocks per row of the arrays below: the luma's blocks including the padding of the last MCU. */
    private final int stride;
    /** Per luma block, its dequantized DC coefficient: 8 × (block mean − 128). */
    private final int[] dc;
    /** Per luma block, what it kept ({@link #DC_ONLY} ... {@link #ALL}) and where in {@link #ac}. */
    private final byte[] kinds;
    private final int[] offsets;
    /** The kept AC coefficients, dequantized: a block's value for place p (1-based) at offset + p - 1. */
    private final int[] ac;

    private JpegDcLuma(Parser parser) {
        this.width = parser.width;
        this.height = parser.height;
        this.grey = parser.components.length == 1;
        this.stride = parser.stride;
        this.dc = parser.dc;
        this.kinds = parser.kinds;
        this.offsets = parser.offsets;
        this.ac = parser.ac;
    }

    /** Blocks across the image: {@code ceil(width / 8)}. */
    int blocksWide() {
        return (width + 7) / 8;
    }

    /** Blocks down the image: {@code ceil(height / 8)}. */
    int blocksHigh() {
        return (height + 7) / 8;
    }

    /** The mean luma sample (0–255, not rounded, not clamped) of the 8x8 block at column {@code bx}, row {@code by}. */
    double mean(int bx, int by) {
        return dc[by * stride + bx] / 8.0 + 128;
    }

    /**
     * The sum of the luma samples of block ({@code bx}, {@code by}) over its columns {@code x0} to
     * {@code x1 - 1} and rows {@code y0} to {@code y1 - 1} (0–8, within the block), for a rectangle
     * the grid given to {@link #decode} cuts out of it (any other partial rectangle counts as flat:
     * the block's mean times its area).
     */
    double sum(int bx, int by, int x0, int x1, int y0, int y1) {
        int block = by * stride + bx;
        int w = x1 - x0;
        int h = y1 - y0;
        double sum = (dc[block] / 8.0 + 128) * w * h;
        if (w == 8 && h == 8) {
            return sum;
        }
        int kind = kinds[block];
        int at = offsets[block] - 1;
        // F(v, u) times the basis' sums along x and along y; over a whole side only u (or v) = 0
        // is not zero, which is why a cut along one axis needs only the first row (or column)
        if (h == 8 && (kind == FIRST_ROW || kind == ALL)) {
            double along = 0;
            for (int u = 1; u < 8; u++) {
                along += ac[at + u] * (PARTIAL[u][x1] - PARTIAL[u][x0]);
            }
            return sum + along * (PARTIAL[0][y1] - PARTIAL[0][y0]);
        }
        if (w == 8 && (kind == FIRST_COLUMN || kind == ALL)) {
            int step = kind == ALL ? 8 : 1;
            double along = 0;
            for (int v = 1; v < 8; v++) {
                along += ac[at + v * step] * (PARTIAL[v][y1] - PARTIAL[v][y0]);
            }
            return sum + along * (PARTIAL[0][x1] - PARTIAL[0][x0]);
        }
        if (kind == ALL) {
            for (int natural = 1; natural < 64; natural++) {
                int coefficient = ac[at + natural];
                if (coefficient != 0) {
                    int u = natural % 8;
                    int v = natural / 8;
                    sum += coefficient * (PARTIAL[u][x1] - PARTIAL[u][x0]) * (PARTIAL[v][y1] - PARTIAL[v][y0]);
                }
            }
        }
        return sum;
    }

    /**
     * The luma of a baseline JPEG at block resolution, with what it takes to sum it over the cells
     * of a grid of {@code columns} × {@code rows} (pixel p of a side of {@code size} pixels in cell
     * {@code p * cells / size}, as {@link PerceptualHash}'s); null when it is not a JPEG this class
     * reads (see the class).
     */
    static JpegDcLuma decode(byte[] jpeg, int columns, int rows) {
        try {
            return new Parser(jpeg, columns, rows).parse();
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
        /** Each quantization table's steps in zigzag order (as stored), null when undefined. */
        private final int[][] quantization = new int[4][];
        private final Huffman[] dcTables = new Huffman[4];
        private final Huffman[] acTables = new Huffman[4];

        private final int columns;
        private final int rows;
        /** The luma's DC per block, what each block keeps and where, and the kept AC values; allocated with the frame. */
        private int[] dc;
        private byte[] kinds;
        private int[] offsets;
        private int[] ac;
        private int stride;
        private boolean lumaDecoded;

        Parser(byte[] data, int columns, int rows) {
            this.data = data;
            this.columns = columns;
            this.rows = rows;
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
            return new JpegDcLuma(this);
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
            int blocks = stride * mcusHigh * maxV;
            dc = new int[blocks];
            kinds = new byte[blocks];
            offsets = new int[blocks];
            // the blocks the grid's boundaries (or the image's edges) cut: along x they need their
            // first row, along y their first column, both ways all their coefficients
            boolean[] cutAcross = cuts(width, columns, ceilDiv(width, 8));
            boolean[] cutDown = cuts(height, rows, ceilDiv(height, 8));
            int kept = 0;
            for (int by = 0; by < cutDown.length; by++) {
                for (int bx = 0; bx < cutAcross.length; bx++) {
                    int kind = (cutAcross[bx] ? FIRST_ROW : 0) | (cutDown[by] ? FIRST_COLUMN : 0);
                    int block = by * stride + bx;
                    kinds[block] = (byte) kind;
                    offsets[block] = kept;
                    kept += KEPT[kind];
                }
            }
            ac = new int[kept];
            pos += length;
        }

        /** Which of a side's blocks a cell boundary or the side's end falls inside. */
        private static boolean[] cuts(int size, int cells, int blocks) {
            boolean[] cut = new boolean[blocks];
            for (int b = 0; b < blocks; b++) {
                int first = 8 * b;
                int last = Math.min(size, first + 8) - 1;
                cut[b] = first + 8 > size || (long) first * cells / size != (long) last * cells / size;
            }
            return cut;
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
                int[] steps = new int[64];
                for (int k = 0; k < 64; k++) {
                    steps[k] = pq == 0 ? u8(at + 1 + k) : u16(at + 1 + 2 * k);
                }
                quantization[id] = steps;
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
            int[] quant = quantization[components[0].table];
            if (quant == null || lumaDecoded) {
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

        private static final VarHandle BIG_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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

        void decode(Component[] members, Huffman[] dcOf, Huffman[] acOf, int lumaIndex, int[] quant) throws Unsupported {
            int[] dc = parser.dc;
            byte[] kinds = parser.kinds;
            int[] offsets = parser.offsets;
            int[] ac = parser.ac;
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
                                if (i == lumaIndex) {
                                    int x = interleaved ? mx * h + bx : mx;
                                    int y = interleaved ? my * v + by : my;
                                    int block = y * stride + x;
                                    dc[block] = predictor[i] * quant[0];
                                    int kind = kinds[block];
                                    if (kind == DC_ONLY) {
                                        skipAc(acTable);
                                    } else {
                                        keepAc(acTable, SLOTS[kind], LAST[kind], ac, offsets[block] - 1, quant);
                                    }
                                } else {
                                    skipAc(acTable);
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
            return extend(take(size), size);
        }

        /** The JPEG "extend": {@code size} bits with a leading 0 stand for a negative value. */
        private static int extend(int value, int size) {
            return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
        }

        /** Walks past the 63 AC coefficients without keeping them: run/size symbols and their extra bits. */
        private void skipAc(Huffman table) throws Unsupported {
            skipAc(table, 1);
        }

        /** {@link #skipAc(Huffman)} from coefficient {@code k} on. */
        private void skipAc(Huffman table, int from) throws Unsupported {
            for (int k = from; k < 64; ) {
                fill();
                int entry = table.fast[(int) (bits >>> (64 - Huffman.FAST_BITS))];
                if (entry != 0) {
                    // code and extra bits together: the table precomputed how long both are
                    skip(entry >>> 16);
                    k += entry & 0xFF;
                    continue;
                }
                int rs = symbolFilled(table);
                int run = rs >> 4;
                int size = rs & 15;
                if (size == 0) {
                    if (run != 15) {
                        return; // end of block
                    }
                    k += 16;
                } else {
                    skip(size);
                    k += run + 1;
                }
            }
        }

        /**
         * A cut luma block's AC coefficients: those its kind keeps ({@code slots} by zigzag index,
         * none after {@code last}) dequantized into {@code out} at {@code at + slot}, the rest walked
         * past as {@link #skipAc} does.
         */
        private void keepAc(Huffman table, int[] slots, int last, int[] out, int at, int[] quant) throws Unsupported {
            int k = 1;
            while (k <= last) {
                fill();
                int entry = table.fast[(int) (bits >>> (64 - Huffman.FAST_BITS))];
                int size;
                int value;
                if (entry != 0) {
                    // code and extra bits at once; the extra bits are the last of those consumed
                    size = entry >> 8 & 15;
                    value = take(entry >>> 16) & (1 << size) - 1;
                    k += (entry & 0xFF) - 1;
                } else {
                    int rs = symbolFilled(table);
                    int run = rs >> 4;
                    size = rs & 15;
                    if (size == 0) {
                        if (run != 15) {
                            return; // end of block
                        }
                        k += 16;
                        continue;
                    }
                    k += run;
                    value = take(size);
                }
                if (k < 64 && slots[k] != 0) {
                    out[at + slots[k]] = extend(value, size) * quant[k];
                }
                k++;
            }
            if (k < 64) {
                skipAc(table, k);
            }
        }

        /** The next symbol of {@code table}; at least 16 bits stay in the buffer for what follows it. */
        private int symbol(Huffman table) throws Unsupported {
            fill();
            return symbolFilled(table);
        }

        private int symbolFilled(Huffman table) throws Unsupported {
            int entry = table.fastSymbol[(int) (bits >>> (64 - Huffman.FAST_BITS))];
            if (entry != 0) {
                skip(entry >>> 16);
                return entry & 0xFF;
            }
            return table.slow(this);
        }

        /** Drops {@code count} bits, which {@link #fill} put in the buffer. */
        private void skip(int count) {
            bits <<= count;
            bitCount -= count;
        }

        /** Consumes and answers {@code count} bits (1 to 16), which {@link #fill} put in the buffer. */
        int take(int count) {
            int value = (int) (bits >>> (64 - count));
            bits <<= count;
            bitCount -= count;
            return value;
        }

        /** The buffer, for the slow Huffman path (filled by the caller). */
        long peek() {
            return bits;
        }

        /**
         * Makes sure the buffer holds at least 32 bits — a code of up to 16 and up to 16 extra bits,
         * so one call per symbol does — from the bytes of entropy data, where FF 00 stands for FF and
         * a marker ends the data (zeros follow it, counted in {@link #padding}). Eight bytes
         * without an FF (nearly always) are taken at once.
         */
        void fill() {
            if (bitCount >= 32) {
                return;
            }
            if (pos + 8 <= data.length) {
                long word = (long) BIG_ENDIAN_LONGS.get(data, pos);
                long inverted = ~word;
                // a zero byte in ~word is an FF in word (the exact SWAR zero-byte test)
                if (((inverted - 0x0101010101010101L) & word & 0x8080808080808080L) == 0) {
                    int taken = (63 - bitCount) >>> 3; // whole bytes that fit: 4 to 7
                    bits |= (word >>> (64 - 8 * taken)) << (64 - 8 * taken - bitCount);
                    pos += taken;
                    bitCount += 8 * taken;
                    return;
                }
            }
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
         * For AC tables, by the next FAST_BITS bits: (code length + extra bits) << 16 | extra bits << 8
         * | coefficients advanced (run + 1), when code and extra bits both fit; 0 otherwise (and for
         * EOB and ZRL, which {@link #fastSymbol} answers).
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
                                fast[first + j] = (length + size) << 16 | size << 8 | ((symbol >> 4) + 1);
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

        /** Decodes a code longer than FAST_BITS (the lookup has every shorter one), length by length. */
        int slow(Entropy in) throws Unsupported {
            long bits = in.peek();
            for (int length = FAST_BITS + 1; length <= 16; length++) {
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
