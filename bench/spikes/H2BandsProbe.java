/*
 * SPIKE (issue 15): what the one-row int[] band design's look-up would cost on H2 (the demo's database),
 * which has neither GIN nor an array overlap operator (H2's && is for geometries): the probe becomes
 * `array_contains(bands, ?) or ...`, a scan of the process's fingerprints of that kind. Compared with
 * today's band table (16 rows per image, B-tree) on the same H2, random hashes, look-ups only.
 *
 * Run: java -cp ~/.m2/repository/com/h2database/h2/2.3.232/h2-2.3.232.jar bench/spikes/H2BandsProbe.java [records=20000] [lookups=500]
 */

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.Random;

public class H2BandsProbe {

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Random rnd = new Random(15);
        long[][] hashes = new long[records * 2][4];
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:bands;MODE=PostgreSQL", "sa", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("create table fp (id int primary key, process_id bigint not null, image_kind varchar(12) not null,"
                        + " h0 bigint, h1 bigint, h2 bigint, h3 bigint, bands integer array not null)");
                st.execute("create index fp_process_kind on fp (process_id, image_kind)");
                st.execute("create table fp_band (process_id bigint not null, image_kind varchar(12) not null, band smallint not null,"
                        + " band_value integer not null, id int not null, primary key (process_id, image_kind, band, band_value, id))");
            }
            c.setAutoCommit(false);
            try (PreparedStatement fp = c.prepareStatement("insert into fp values (?, 1, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement band = c.prepareStatement("insert into fp_band values (1, ?, ?, ?, ?)")) {
                for (int n = 0; n < records * 2; n++) {
                    long[] h = hashes[n];
                    for (int w = 0; w < 4; w++) {
                        h[w] = rnd.nextLong();
                    }
                    String kind = n % 2 == 0 ? "ANVERSO" : "FOTO_VIVA";
                    Integer[] b = bands(h);
                    fp.setInt(1, n);
                    fp.setString(2, kind);
                    for (int w = 0; w < 4; w++) {
                        fp.setLong(3 + w, h[w]);
                    }
                    fp.setArray(7, c.createArrayOf("INTEGER", b));
                    fp.addBatch();
                    for (int i = 0; i < 16; i++) {
                        band.setString(1, kind);
                        band.setInt(2, i);
                        band.setInt(3, b[i] & 0xFFFF);
                        band.setInt(4, n);
                        band.addBatch();
                    }
                    if (n % 1000 == 999) {
                        fp.executeBatch();
                        band.executeBatch();
                    }
                }
                fp.executeBatch();
                band.executeBatch();
            }
            c.commit();
            String array = "select id, h0, h1, h2, h3 from fp where process_id = 1 and image_kind = ? and ("
                    + String.join(" or ", Collections.nCopies(16, "array_contains(bands, ?)")) + ") fetch first 3216 rows only";
            String union = String.join(" union all ", Collections.nCopies(16, """
                    (select cast(? as integer) as band, f.id, f.h0, f.h1, f.h2, f.h3 from fp_band b join fp f on f.id = b.id
                      where b.process_id = 1 and b.image_kind = ? and b.band = ? and b.band_value = ? fetch first 201 rows only)"""));
            for (int round = 0; round < 2; round++) { // the first round warms the JIT
                long arrayNs = 0, unionNs = 0, rows = 0;
                for (int l = 0; l < lookups; l++) {
                    int n = rnd.nextInt(records * 2);
                    Integer[] b = bands(hashes[n]);
                    String kind = n % 2 == 0 ? "ANVERSO" : "FOTO_VIVA";
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = c.prepareStatement(array)) {
                        ps.setString(1, kind);
                        for (int i = 0; i < 16; i++) {
                            ps.setInt(2 + i, b[i]);
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows++;
                            }
                        }
                    }
                    long t1 = System.nanoTime();
                    try (PreparedStatement ps = c.prepareStatement(union)) {
                        int p = 1;
                        for (int i = 0; i < 16; i++) {
                            ps.setInt(p++, i);
                            ps.setString(p++, kind);
                            ps.setInt(p++, i);
                            ps.setInt(p++, b[i] & 0xFFFF);
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows++;
                            }
                        }
                    }
                    unionNs += System.nanoTime() - t1;
                    arrayNs += t1 - t0;
                }
                System.out.printf("H2 %d records: array_contains scan %.2f ms per look-up (one image), band table union %.2f ms (rows %d) [%s]%n",
                        records, arrayNs / 1e6 / lookups, unionNs / 1e6 / lookups, rows,
                        java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
            }
        }
    }

    static Integer[] bands(long[] h) {
        Integer[] b = new Integer[16];
        for (int i = 0; i < 16; i++) {
            b[i] = i * 65536 + (int) ((h[i / 4] >>> ((i % 4) * 16)) & 0xFFFF);
        }
        return b;
    }
}
