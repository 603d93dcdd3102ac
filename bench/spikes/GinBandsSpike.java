/*
 * SPIKE (issue 15): the reused-image fingerprints' 16 bands in ONE row (int[] + GIN, looked up with &&)
 * against today's 16 rows per image in captacion.image_fingerprint_band (B-tree, one `union all` look-up).
 * Measures the PostgreSQL backend's CPU (/proc/<pid>/schedstat, ns, and /proc/<pid>/stat utime+stime) and
 * the wall time of one record's look-ups and inserts (2 checked images), as the intake does them: per image
 * look up then insert, 50 records per transaction. Not compiled by Maven; standalone JDBC, own database.
 *
 * Run (PostgreSQL on this machine, trust auth; the client reads the backend's /proc entry, so same host):
 *   createdb -h 127.0.0.1 -U postgres spike_bands
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar \
 *        bench/spikes/GinBandsSpike.java [preloaded=20000] [measured=2000] [scenarios=random,layout,worst] \
 *        [designs=btree,gin_composite,gin_composite_nofastupdate,gin_partial,gin_partial_nofastupdate,
 *        gin_kind_encoded_nofastupdate]
 *   dropdb -h 127.0.0.1 -U postgres spike_bands
 * Env SPIKE_DB_URL overrides jdbc:postgresql://127.0.0.1:5432/spike_bands?user=postgres.
 *
 * Scenarios: random = random 256-bit hashes, 1 % of images a near copy (1-10 bits) of an earlier record's;
 * layout = as random but the credential front's bands 0-5 are the same in every record (a printed layout);
 * worst = the ingestion benchmark's case: every record carries the same two pictures.
 * The spike tables have autovacuum off so that a GIN pending-list flush is paid by the measured backend.
 */

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.postgresql.PGConnection;

public class GinBandsSpike {

    static final int BANDS = 16;
    static final int COMMON_BAND = 200;
    static final int MAX_DISTANCE = 10;
    static final int PER_TX = 50;
    static final int WARM_UP = 50;
    static final long PROCESS = 1;
    static final String[] KINDS = {"ANVERSO", "FOTO_VIVA"};

    record Hash(long h0, long h1, long h2, long h3) {
        long word(int w) {
            return switch (w) { case 0 -> h0; case 1 -> h1; case 2 -> h2; default -> h3; };
        }

        /** As PerceptualHash.band(index, 16). */
        int band(int i) {
            return (int) ((word(i / 4) >>> ((i % 4) * 16)) & 0xFFFF);
        }

        int distance(Hash o) {
            return Long.bitCount(h0 ^ o.h0) + Long.bitCount(h1 ^ o.h1) + Long.bitCount(h2 ^ o.h2) + Long.bitCount(h3 ^ o.h3);
        }

        /** Band i's value made distinct from other bands' values: i * 65536 + value. */
        Integer[] bands(int base) {
            Integer[] b = new Integer[BANDS];
            for (int i = 0; i < BANDS; i++) {
                b[i] = base + i * 65536 + band(i);
            }
            return b;
        }

        Hash flip(Random rnd, int bits) {
            long[] w = {h0, h1, h2, h3};
            Set<Integer> done = new HashSet<>();
            while (done.size() < bits) {
                int bit = rnd.nextInt(256);
                if (done.add(bit)) {
                    w[bit / 64] ^= 1L << (bit % 64);
                }
            }
            return new Hash(w[0], w[1], w[2], w[3]);
        }

        static Hash random(Random rnd) {
            return new Hash(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
        }
    }

    record Rec(UUID id, String clave, Hash[] hashes) {
    }

    /** The same sequence of records for every design (seeded). */
    static List<Rec> generate(String scenario, int count, long seed) {
        Random rnd = new Random(seed);
        List<Rec> recs = new ArrayList<>(count);
        Hash[] shared = {Hash.random(rnd), Hash.random(rnd)};
        long layout = rnd.nextLong();
        long layoutHigh = rnd.nextLong();
        for (int n = 0; n < count; n++) {
            Hash[] h = new Hash[2];
            for (int k = 0; k < 2; k++) {
                if (scenario.equals("worst")) {
                    h[k] = shared[k];
                } else if (n > 0 && rnd.nextInt(100) == 0) {
                    h[k] = recs.get(rnd.nextInt(n)).hashes()[k].flip(rnd, 1 + rnd.nextInt(MAX_DISTANCE));
                } else {
                    h[k] = Hash.random(rnd);
                    if (scenario.equals("layout") && k == 0) {
                        // bands 0-3 are word 0, bands 4-5 the low half of word 1
                        h[k] = new Hash(layout, (h[k].h1() & 0xFFFFFFFF00000000L) | (layoutHigh & 0xFFFFFFFFL), h[k].h2(), h[k].h3());
                    }
                }
            }
            String clave = String.format("SPKX%014d", n);
            recs.add(new Rec(new UUID(rnd.nextLong(), rnd.nextLong()), clave, h));
        }
        return recs;
    }

    record Band(String kind, int index, int value) {
    }

    interface Design {
        String name();

        void create(Statement st) throws SQLException;

        void load(Connection c, List<Rec> recs) throws Exception;

        /** The record's near copies of one kind (ids), learning common band values. */
        Set<UUID> lookup(Connection c, Rec r, int kind) throws SQLException;

        void insert(Connection c, Rec r, int kind) throws SQLException;

        List<String> relations();
    }

    /** Today's design, as ReusedImages and V9. */
    static class Btree implements Design {
        final Set<Band> common = new HashSet<>();
        static final String BAND_MATCHES = """
                (select cast(? as integer) as band, f.record_id, f.clave_elector, f.h0, f.h1, f.h2, f.h3
                   from spike.a_fp_band b
                   join spike.a_fp f on f.record_id = b.record_id and f.image_kind = b.image_kind
                  where b.process_id = ? and b.image_kind = ? and b.band = ? and b.band_value = ?
                  fetch first %d rows only)""".formatted(COMMON_BAND + 1);

        public String name() { return "btree"; }

        public void create(Statement st) throws SQLException {
            st.execute("""
                    create table spike.a_fp (record_id uuid not null, image_kind varchar(12) not null, process_id bigint not null,
                      clave_elector varchar(18) not null, h0 bigint not null, h1 bigint not null, h2 bigint not null,
                      h3 bigint not null, primary key (record_id, image_kind)) with (autovacuum_enabled = false)""");
            st.execute("""
                    create table spike.a_fp_band (process_id bigint not null, image_kind varchar(12) not null,
                      band smallint not null, band_value integer not null, record_id uuid not null,
                      primary key (process_id, image_kind, band, band_value, record_id)) with (autovacuum_enabled = false)""");
        }

        public void load(Connection c, List<Rec> recs) throws Exception {
            StringBuilder fp = new StringBuilder();
            StringBuilder bands = new StringBuilder();
            for (Rec r : recs) {
                for (int k = 0; k < 2; k++) {
                    Hash h = r.hashes()[k];
                    fp.append(r.id()).append('\t').append(KINDS[k]).append('\t').append(PROCESS).append('\t').append(r.clave())
                            .append('\t').append(h.h0()).append('\t').append(h.h1()).append('\t').append(h.h2()).append('\t')
                            .append(h.h3()).append('\n');
                    for (int i = 0; i < BANDS; i++) {
                        bands.append(PROCESS).append('\t').append(KINDS[k]).append('\t').append(i).append('\t').append(h.band(i))
                                .append('\t').append(r.id()).append('\n');
                    }
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy spike.a_fp from stdin", new StringReader(fp.toString()));
            copy.copyIn("copy spike.a_fp_band from stdin", new StringReader(bands.toString()));
        }

        public Set<UUID> lookup(Connection c, Rec r, int kind) throws SQLException {
            Hash hash = r.hashes()[kind];
            List<Band> looked = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < BANDS; i++) {
                Band band = new Band(KINDS[kind], i, hash.band(i));
                if (!common.contains(band)) {
                    looked.add(band);
                    params.addAll(List.of(i, PROCESS, KINDS[kind], i, band.value()));
                }
            }
            Set<UUID> others = new LinkedHashSet<>();
            if (looked.isEmpty()) {
                return others;
            }
            int[] rows = new int[BANDS];
            List<List<UUID>> matches = new ArrayList<>();
            for (int i = 0; i < BANDS; i++) {
                matches.add(new ArrayList<>());
            }
            try (PreparedStatement ps = c.prepareStatement(String.join(" union all ", Collections.nCopies(looked.size(), BAND_MATCHES)))) {
                for (int p = 0; p < params.size(); p++) {
                    ps.setObject(p + 1, params.get(p));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int band = rs.getInt(1);
                        rows[band]++;
                        UUID other = rs.getObject(2, UUID.class);
                        Hash theirs = new Hash(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
                        if (!other.equals(r.id()) && !r.clave().equals(rs.getString(3)) && hash.distance(theirs) <= MAX_DISTANCE) {
                            matches.get(band).add(other);
                        }
                    }
                }
            }
            for (Band band : looked) {
                if (rows[band.index()] <= COMMON_BAND) {
                    others.addAll(matches.get(band.index()));
                } else {
                    common.add(band);
                }
            }
            return others;
        }

        public void insert(Connection c, Rec r, int kind) throws SQLException {
            Hash h = r.hashes()[kind];
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into spike.a_fp (record_id, image_kind, process_id, clave_elector, h0, h1, h2, h3)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, r.id());
                ps.setString(2, KINDS[kind]);
                ps.setLong(3, PROCESS);
                ps.setString(4, r.clave());
                ps.setLong(5, h.h0());
                ps.setLong(6, h.h1());
                ps.setLong(7, h.h2());
                ps.setLong(8, h.h3());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into spike.a_fp_band (process_id, image_kind, band, band_value, record_id) values "
                            + String.join(", ", Collections.nCopies(BANDS, "(?, ?, ?, ?, ?)")))) {
                int p = 1;
                for (int i = 0; i < BANDS; i++) {
                    ps.setLong(p++, PROCESS);
                    ps.setString(p++, KINDS[kind]);
                    ps.setInt(p++, i);
                    ps.setInt(p++, h.band(i));
                    ps.setObject(p++, r.id());
                }
                ps.executeUpdate();
            }
        }

        public List<String> relations() {
            return List.of("spike.a_fp", "spike.a_fp_pkey", "spike.a_fp_band", "spike.a_fp_band_pkey");
        }
    }

    /**
     * One row per image with its 16 bands as int[] (band i as i * 65536 + value) and a GIN index.
     * composite: btree_gin index on (process_id, image_kind, bands); partial: one GIN on bands per kind
     * (the kind inlined in the SQL so the planner can pick the partial index; process_id a heap filter).
     * Common values are dropped from the probe array; a look-up reads at most (probe bands) x 201 rows,
     * counts per band in Java from the rows' hashes, and when it hit that limit some band had more than
     * 200 rows: those are remembered as common and the look-up runs again without them.
     */
    static class Gin implements Design {
        final Set<Band> common = new HashSet<>();
        final boolean partial;
        final boolean fastupdate;
        final String name;

        /** The kind in the value too ((kind * 16 + band) * 65536 + value): one plain GIN, no kind filter, no btree_gin. */
        final boolean kindEncoded;

        Gin(String name, boolean partial, boolean fastupdate) {
            this(name, partial, fastupdate, false);
        }

        Gin(String name, boolean partial, boolean fastupdate, boolean kindEncoded) {
            this.kindEncoded = kindEncoded;
            this.name = name;
            this.partial = partial;
            this.fastupdate = fastupdate;
        }

        public String name() { return name; }

        public void create(Statement st) throws SQLException {
            st.execute("""
                    create table spike.b_fp (record_id uuid not null, image_kind varchar(12) not null, process_id bigint not null,
                      clave_elector varchar(18) not null, h0 bigint not null, h1 bigint not null, h2 bigint not null,
                      h3 bigint not null, bands integer[] not null, primary key (record_id, image_kind))
                      with (autovacuum_enabled = false)""");
        }

        void index(Statement st) throws SQLException {
            String with = " with (fastupdate = " + (fastupdate ? "on" : "off") + ")";
            if (kindEncoded) {
                st.execute("create index b_fp_bands on spike.b_fp using gin (bands)" + with);
            } else if (partial) {
                for (String kind : KINDS) {
                    st.execute("create index b_fp_bands_" + kind.toLowerCase() + " on spike.b_fp using gin (bands)" + with
                            + " where image_kind = '" + kind + "'");
                }
            } else {
                st.execute("create index b_fp_bands on spike.b_fp using gin (process_id, image_kind, bands)" + with);
            }
        }

        public void load(Connection c, List<Rec> recs) throws Exception {
            StringBuilder fp = new StringBuilder();
            for (Rec r : recs) {
                for (int k = 0; k < 2; k++) {
                    Hash h = r.hashes()[k];
                    fp.append(r.id()).append('\t').append(KINDS[k]).append('\t').append(PROCESS).append('\t').append(r.clave())
                            .append('\t').append(h.h0()).append('\t').append(h.h1()).append('\t').append(h.h2()).append('\t')
                            .append(h.h3()).append('\t').append('{');
                    Integer[] b = h.bands(base(k));
                    for (int i = 0; i < BANDS; i++) {
                        fp.append(i == 0 ? "" : ",").append(b[i]);
                    }
                    fp.append("}\n");
                }
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy spike.b_fp from stdin", new StringReader(fp.toString()));
            // built after the load, as a migration on a filled table would
            try (Statement st = c.createStatement()) {
                index(st);
            }
        }

        public Set<UUID> lookup(Connection c, Rec r, int kind) throws SQLException {
            Hash hash = r.hashes()[kind];
            Set<UUID> others = new LinkedHashSet<>();
            while (true) {
                List<Integer> probeBands = new ArrayList<>();
                for (int i = 0; i < BANDS; i++) {
                    if (!common.contains(new Band(KINDS[kind], i, hash.band(i)))) {
                        probeBands.add(i);
                    }
                }
                if (probeBands.isEmpty()) {
                    return others;
                }
                Integer[] probe = probeBands.stream().map(i -> base(kind) + i * 65536 + hash.band(i)).toArray(Integer[]::new);
                int limit = probe.length * (COMMON_BAND + 1);
                String sql = kindEncoded
                        ? "select record_id, clave_elector, h0, h1, h2, h3 from spike.b_fp where process_id = ? and bands && ?"
                                + " fetch first " + limit + " rows only"
                        : partial
                        ? "select record_id, clave_elector, h0, h1, h2, h3 from spike.b_fp where image_kind = '" + KINDS[kind]
                                + "' and process_id = ? and bands && ? fetch first " + limit + " rows only"
                        : "select record_id, clave_elector, h0, h1, h2, h3 from spike.b_fp where process_id = ? and image_kind = ?"
                                + " and bands && ? fetch first " + limit + " rows only";
                int[] rows = new int[BANDS];
                List<Object[]> found = new ArrayList<>();
                int total = 0;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int p = 1;
                    ps.setLong(p++, PROCESS);
                    if (!partial && !kindEncoded) {
                        ps.setString(p++, KINDS[kind]);
                    }
                    Array arr = c.createArrayOf("int4", probe);
                    ps.setArray(p, arr);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            total++;
                            Hash theirs = new Hash(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                            for (int i : probeBands) {
                                if (theirs.band(i) == hash.band(i)) {
                                    rows[i]++;
                                }
                            }
                            UUID other = rs.getObject(1, UUID.class);
                            if (!other.equals(r.id()) && !r.clave().equals(rs.getString(2)) && hash.distance(theirs) <= MAX_DISTANCE) {
                                found.add(new Object[] {other, theirs});
                            }
                        }
                    }
                }
                for (int i : probeBands) {
                    if (rows[i] > COMMON_BAND) {
                        common.add(new Band(KINDS[kind], i, hash.band(i)));
                    }
                }
                if (total >= limit) {
                    continue; // truncated: some band was common (pigeonhole); look again without it
                }
                for (Object[] f : found) {
                    Hash theirs = (Hash) f[1];
                    for (int i : probeBands) {
                        // a match counts through a band that is not common, as today
                        if (rows[i] <= COMMON_BAND && theirs.band(i) == hash.band(i)) {
                            others.add((UUID) f[0]);
                            break;
                        }
                    }
                }
                return others;
            }
        }

        public void insert(Connection c, Rec r, int kind) throws SQLException {
            Hash h = r.hashes()[kind];
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into spike.b_fp (record_id, image_kind, process_id, clave_elector, h0, h1, h2, h3, bands)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, r.id());
                ps.setString(2, KINDS[kind]);
                ps.setLong(3, PROCESS);
                ps.setString(4, r.clave());
                ps.setLong(5, h.h0());
                ps.setLong(6, h.h1());
                ps.setLong(7, h.h2());
                ps.setLong(8, h.h3());
                ps.setArray(9, c.createArrayOf("int4", h.bands(base(kind))));
                ps.executeUpdate();
            }
        }

        int base(int kind) {
            return kindEncoded ? kind * BANDS * 65536 : 0;
        }

        public List<String> relations() {
            return partial ? List.of("spike.b_fp", "spike.b_fp_pkey", "spike.b_fp_bands_anverso", "spike.b_fp_bands_foto_viva")
                    : List.of("spike.b_fp", "spike.b_fp_pkey", "spike.b_fp_bands");
        }
    }

    static long schedNs(int pid) throws Exception {
        return Long.parseLong(Files.readString(Path.of("/proc/" + pid + "/schedstat")).trim().split(" ")[0]);
    }

    static long ticks(int pid) throws Exception {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    static String uptime() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    static Design design(String name) {
        return switch (name) {
            case "btree" -> new Btree();
            case "gin_composite" -> new Gin(name, false, true);
            case "gin_composite_nofastupdate" -> new Gin(name, false, false);
            case "gin_partial" -> new Gin(name, true, true);
            case "gin_partial_nofastupdate" -> new Gin(name, true, false);
            case "gin_kind_encoded_nofastupdate" -> new Gin(name, false, false, true);
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static void main(String[] args) throws Exception {
        int preloaded = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String[] scenarios = (args.length > 2 ? args[2] : "random,layout,worst").split(",");
        String[] designs = (args.length > 3 ? args[3] : "btree,gin_composite,gin_composite_nofastupdate,gin_partial,gin_partial_nofastupdate,gin_kind_encoded_nofastupdate").split(",");
        String url = System.getenv().getOrDefault("SPIKE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/spike_bands?user=postgres");
        double tick = 1000.0 / 100; // ms per USER_HZ tick
        System.out.printf("%-8s %-28s %9s %9s %9s %9s %9s %8s %8s %8s %10s %s%n", "scenario", "design", "lkCPUms", "lkWallms",
                "insCPUms", "insWallms", "totCPUms", "stat ms", "flushms", "flagged", "matches", "loadavg / index sizes");
        for (String scenario : scenarios) {
            List<Rec> recs = generate(scenario, preloaded + WARM_UP + measured, 15);
            for (String dn : designs) {
                Design d = design(dn);
                try (Connection c = DriverManager.getConnection(url)) {
                    try (Statement st = c.createStatement()) {
                        st.execute("create extension if not exists btree_gin");
                        st.execute("drop schema if exists spike cascade");
                        st.execute("create schema spike");
                        d.create(st);
                    }
                    d.load(c, recs.subList(0, preloaded));
                    try (Statement st = c.createStatement()) {
                        for (String rel : d.relations()) {
                            if (!rel.contains("_pkey") && !rel.contains("_bands")) {
                                st.execute("vacuum analyze " + rel);
                            }
                        }
                        st.execute("checkpoint");
                    }
                    Set<String> loadedSizes = new LinkedHashSet<>();
                    for (String rel : d.relations()) {
                        loadedSizes.add(rel.substring(6) + "=" + size(c, rel));
                    }
                    int pid;
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
                        rs.next();
                        pid = rs.getInt(1);
                    }
                    c.setAutoCommit(false);
                    // the first transaction learns the common band values (once per node): timed apart, then steady state
                    long ww0 = System.nanoTime(), sw0 = schedNs(pid);
                    for (int n = 0; n < WARM_UP; n++) {
                        Rec r = recs.get(preloaded + n);
                        for (int k = 0; k < 2; k++) {
                            d.lookup(c, r, k);
                            d.insert(c, r, k);
                        }
                    }
                    c.commit();
                    String warmUp = String.format("warm-up %d records: PG CPU %.1f ms, wall %.1f ms", WARM_UP,
                            (schedNs(pid) - sw0) / 1e6, (System.nanoTime() - ww0) / 1e6);
                    preloaded += WARM_UP;
                    long lkCpu = 0, lkWall = 0, insCpu = 0, insWall = 0;
                    int flagged = 0;
                    long matches = 0;
                    long ticks0 = ticks(pid);
                    long sched0 = schedNs(pid);
                    for (int n = 0; n < measured; n++) {
                        Rec r = recs.get(preloaded + n);
                        boolean flag = false;
                        for (int k = 0; k < 2; k++) {
                            long s0 = schedNs(pid), w0 = System.nanoTime();
                            Set<UUID> others = d.lookup(c, r, k);
                            long w1 = System.nanoTime(), s1 = schedNs(pid);
                            d.insert(c, r, k);
                            long w2 = System.nanoTime(), s2 = schedNs(pid);
                            lkCpu += s1 - s0;
                            lkWall += w1 - w0;
                            insCpu += s2 - s1;
                            insWall += w2 - w1;
                            flag |= !others.isEmpty();
                            matches += others.size();
                        }
                        if (flag) {
                            flagged++;
                        }
                        if ((n + 1) % PER_TX == 0 || n == measured - 1) {
                            long s0 = schedNs(pid), w0 = System.nanoTime();
                            c.commit(); // the commit is the writes' cost
                            insWall += System.nanoTime() - w0;
                            insCpu += schedNs(pid) - s0;
                        }
                    }
                    long totalSched = schedNs(pid) - sched0;
                    long totalTicks = ticks(pid) - ticks0;
                    c.setAutoCommit(true);
                    // what fastupdate deferred: the pending list's merge into the GIN tree (vacuum's or a later insert's work)
                    long flush = 0;
                    for (String rel : d.relations()) {
                        if (rel.contains("_bands")) {
                            long s0 = schedNs(pid);
                            try (Statement st = c.createStatement()) {
                                st.execute("select gin_clean_pending_list('" + rel + "'::regclass)");
                            }
                            flush += schedNs(pid) - s0;
                        }
                    }
                    StringBuilder sizes = new StringBuilder();
                    for (String rel : d.relations()) {
                        sizes.append(rel.substring(6)).append('=').append(size(c, rel)).append(' ');
                    }
                    System.out.printf("%-8s %-28s %9.3f %9.3f %9.3f %9.3f %9.3f %8.3f %8.3f %8d %10d [%s] %s (after load: %s) %s%n", scenario, dn,
                            lkCpu / 1e6 / measured, lkWall / 1e6 / measured, insCpu / 1e6 / measured, insWall / 1e6 / measured,
                            totalSched / 1e6 / measured, totalTicks * tick / measured, flush / 1e6 / measured, flagged, matches, uptime(), sizes,
                            String.join(" ", loadedSizes), warmUp);
                    preloaded -= WARM_UP;
                }
            }
        }
    }

    static String size(Connection c, String rel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_size_pretty(pg_relation_size(?::regclass))")) {
            ps.setString(1, rel);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1).replace(" ", "");
            }
        }
    }
}
