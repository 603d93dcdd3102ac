package mx.captacion.records.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import mx.captacion.records.ImageKind;

/**
 * The same or nearly the same picture in records of different citizens of one capture process: a
 * photocopied credential reused, one face for several people. Each checked image's perceptual hash
 * is stored with its 16 bands; a near match shares at least one band exactly (the threshold is
 * below 16), so each band is one index look-up and the distance is confirmed here. A band value
 * that hundreds of records share (a blank area, the credential's layout) tells nobody apart: its
 * look-up stops at a limit and is ignored, and the other bands still find a copy. The same citizen
 * sending the same picture again is a duplicate, not a reuse. A picture whose every looked-up band is
 * common is still found when it is the very same hash (its own index, V31).
 */
@Component
class ReusedImages {

    /** The credential front and the live photo: a signature of a few strokes is too alike between people. */
    static final List<ImageKind> CHECKED = List.of(ImageKind.ANVERSO, ImageKind.FOTO_VIVA);
    static final int BANDS = 16;
    /** More records than this sharing one band value make the band useless for telling people apart. */
    private static final int COMMON_BAND = 200;
    /** The reviewer reads at most this many other records' ids. */
    private static final int LISTED = 3;

    /**
     * One band's look-up; the check sends those of all its bands as one statement ({@code union all}).
     * The band's number is cast: H2 (the demo's database) cannot type a bare parameter in a union's select list.
     */
    private static final String BAND_MATCHES = """
            (select cast(? as integer) as band, f.record_id, f.clave_elector, f.h0, f.h1, f.h2, f.h3
               from captacion.image_fingerprint_band b
               join captacion.image_fingerprint f on f.record_id = b.record_id and f.image_kind = b.image_kind
              where b.process_id = ? and b.image_kind = ? and b.band = ? and b.band_value = ?
              fetch first %d rows only)""".formatted(COMMON_BAND + 1);

    /**
     * Band values found common, per process: once more than {@value #COMMON_BAND} records share one
     * it stays so (fingerprints are only added, and a purge takes the whole process), so its look-up
     * is not sent again — reading its {@value #COMMON_BAND} rows to ignore them cost every later record
     * about 3 ms per band on PostgreSQL (ingestion benchmark). Each node learns its own.
     */
    private final Set<Band> commonBands = ConcurrentHashMap.newKeySet();

    private final JdbcTemplate jdbc;
    private final int maxDistance;

    ReusedImages(JdbcTemplate jdbc, RecordsSettings settings) {
        int maxDistance = settings.imageReuse().maxDistance();
        if (maxDistance < 0 || maxDistance >= BANDS) {
            // at 16 bits or more apart two hashes may share no band, and the look-up would miss them
            throw new IllegalArgumentException("captacion.records.image-reuse.max-distance debe estar entre 0 y 15");
        }
        this.jdbc = jdbc;
        this.maxDistance = maxDistance;
    }

    /**
     * Stores the image's fingerprint (once: the automated processing may run twice, and a second run
     * reads the stored hash instead of decoding the image again) and answers the finding when a
     * different citizen's record of the same process has a near-identical image.
     */
    Optional<Reuse> check(CitizenRecord record, ImageKind kind, byte[] image) {
        Optional<PerceptualHash> stored = stored(record, kind);
        Optional<PerceptualHash> computed = stored.or(() -> PerceptualHash.of(image));
        if (computed.isEmpty()) {
            return Optional.empty();
        }
        PerceptualHash hash = computed.get();
        Set<UUID> others = new LinkedHashSet<>();
        List<Band> looked = new ArrayList<>(BANDS);
        List<Object> params = new ArrayList<>(BANDS * 5);
        for (int index = 0; index < BANDS; index++) {
            Band band = new Band(record.getProcessId(), kind, index, hash.band(index, BANDS));
            if (!commonBands.contains(band)) {
                looked.add(band);
                params.addAll(List.of(index, band.processId(), kind.name(), index, band.value()));
            }
        }
        if (!looked.isEmpty()) {
            int[] rows = new int[BANDS];
            List<List<UUID>> matches = new ArrayList<>(BANDS);
            for (int index = 0; index < BANDS; index++) {
                matches.add(new ArrayList<>());
            }
            jdbc.query(String.join(" union all ", Collections.nCopies(looked.size(), BAND_MATCHES)), rs -> {
                int band = rs.getInt(1);
                rows[band]++;
                UUID other = rs.getObject(2, UUID.class);
                PerceptualHash theirs = new PerceptualHash(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
                if (!other.equals(record.getId()) && !record.getClaveElector().equals(rs.getString(3))
                        && hash.distance(theirs) <= maxDistance) {
                    matches.get(band).add(other);
                }
            }, params.toArray());
            for (Band band : looked) {
                if (rows[band.index()] <= COMMON_BAND) {
                    others.addAll(matches.get(band.index()));
                } else {
                    commonBands.add(band);
                }
            }
        }
        boolean someBandCommon = looked.size() < BANDS || looked.stream().anyMatch(commonBands::contains);
        if (others.isEmpty() && someBandCommon) {
            others.addAll(sameHash(record, kind, hash));
        }
        if (stored.isEmpty()) {
            store(record, kind, hash);
        }
        return others.isEmpty() ? Optional.empty() : Optional.of(new Reuse(kind, List.copyOf(others)));
    }

    /**
     * Other citizens' records with this very hash. A picture reused so often that its bands are common
     * would otherwise go unflagged from then on, the most blatant reuse of all; the whole hash still
     * tells it apart, in one index seek. Only the first few are read: the finding names
     * {@value #LISTED}, and the earlier records were flagged when the picture was still rare.
     */
    private List<UUID> sameHash(CitizenRecord record, ImageKind kind, PerceptualHash hash) {
        return jdbc.query("""
                        select record_id from captacion.image_fingerprint
                         where process_id = ? and image_kind = ? and h0 = ? and h1 = ? and h2 = ? and h3 = ?
                           and record_id <> ? and clave_elector <> ?
                         fetch first %d rows only""".formatted(LISTED),
                (rs, n) -> rs.getObject(1, UUID.class), record.getProcessId(), kind.name(), hash.h0(), hash.h1(),
                hash.h2(), hash.h3(), record.getId(), record.getClaveElector());
    }

    private Optional<PerceptualHash> stored(CitizenRecord record, ImageKind kind) {
        return jdbc.query("""
                select h0, h1, h2, h3 from captacion.image_fingerprint where record_id = ? and image_kind = ?""",
                (rs, n) -> new PerceptualHash(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                record.getId(), kind.name()).stream().findFirst();
    }

    private void store(CitizenRecord record, ImageKind kind, PerceptualHash hash) {
        jdbc.update("""
                insert into captacion.image_fingerprint (record_id, image_kind, process_id, clave_elector, h0, h1, h2, h3)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", record.getId(), kind.name(), record.getProcessId(),
                record.getClaveElector(), hash.h0(), hash.h1(), hash.h2(), hash.h3());
        // one statement for the sixteen rows: sixteen inserts in a JDBC batch were a share of the intake's samples
        List<Object> values = new ArrayList<>(BANDS * 5);
        for (int band = 0; band < BANDS; band++) {
            values.addAll(List.of(record.getProcessId(), kind.name(), band, hash.band(band, BANDS), record.getId()));
        }
        jdbc.update("insert into captacion.image_fingerprint_band (process_id, image_kind, band, band_value, record_id) values "
                + String.join(", ", Collections.nCopies(BANDS, "(?, ?, ?, ?, ?)")), values.toArray());
    }

    /** One band's value of an image kind's hashes in a process. */
    private record Band(long processId, ImageKind kind, int index, int value) {
    }

    /** The image of one kind found in other citizens' records. */
    record Reuse(ImageKind kind, List<UUID> others) {

        /** Names only the other records' ids: the reviewer opens them without reading another citizen's data here. */
        Finding finding() {
            String listed = String.join(", ", others.stream().limit(LISTED).map(UUID::toString).toList());
            String more = others.size() > LISTED ? " y " + (others.size() - LISTED) + " más" : "";
            return finding(kind, listed + more);
        }

        static Finding finding(ImageKind kind, String records) {
            return new Finding(FindingCode.IMAGEN_REUTILIZADA, FindingCode.IMAGEN_REUTILIZADA.message(kind.label(), records),
                    kind);
        }
    }
}
