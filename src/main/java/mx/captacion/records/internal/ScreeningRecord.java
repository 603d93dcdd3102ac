package mx.captacion.records.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.platform.BlobStore;
import mx.captacion.records.ImageKind;
import mx.captacion.records.RecordStatus;

/**
 * The automated processing: a citizen who already counts for the actor makes the record a
 * duplicate (a fact, not a rule); every other record keeps what the checks found, and the
 * screening rules ({@code processes/record-screening.dmn}) decide whether it goes to the control
 * desk or straight to an inconsistency, so a wrong record is never silently dropped. Safe to run twice.
 */
@Service
public class ScreeningRecord {

    public enum Outcome {
        DUPLICADO,
        /** Counts for the actor: the screening rules decide the rest. */
        PARA_REGLAS
    }

    /** What the screening found; {@code findingKeys} are the rules' names of the findings ({@link Finding#key()}). */
    public record Screening(Outcome outcome, List<String> findingKeys) {
    }

    public static final String NO_FINDINGS = "Sin observaciones de la revisión automática.";

    private final CitizenRecords records;
    private final CountedCitizens counted;
    private final BlobStore blobs;
    private final Images images;
    private final ReusedImages reusedImages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningRecord(CitizenRecords records, CountedCitizens counted, BlobStore blobs,
                    Images images, ReusedImages reusedImages, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.counted = counted;
        this.blobs = blobs;
        this.images = images;
        this.reusedImages = reusedImages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Screening screen(UUID recordId) {
        CitizenRecord record = find(recordId);
        if (record.getStatus() == RecordStatus.DUPLICADO) {
            return new Screening(Outcome.DUPLICADO, List.of());
        }
        List<ReusedImages.Reuse> reuses = new ArrayList<>();
        List<Finding> findings = findings(record, reuses);
        if (record.getStatus() == RecordStatus.EN_PROCESAMIENTO) {
            UUID holder = counted.holder(record.getActorId(), record.getClaveElector())
                    .orElseGet(() -> counted.claim(record.getActorId(), record.getClaveElector(), recordId));
            if (!holder.equals(recordId)) {
                record.markDuplicate("La clave de elector " + record.getClaveElector()
                        + " ya cuenta para este actor político en el registro " + holder + ".", clock.instant());
                records.save(record);
                return new Screening(Outcome.DUPLICADO, List.of());
            }
            record.screened(describe(findings));
        }
        reuses.forEach(reuse -> flagReuse(record, reuse));
        return new Screening(Outcome.PARA_REGLAS, findings.stream().map(Finding::key).toList());
    }

    /** The screening rules sent the record to a reviewer. */
    @Transactional
    public void sendToControlDesk(UUID recordId) {
        CitizenRecord record = find(recordId);
        if (record.getStatus() == RecordStatus.EN_MESA_DE_CONTROL) {
            return;
        }
        record.sendToControlDesk(clock.instant());
        records.save(record);
    }

    /**
     * The record and the earlier ones with its picture are all flagged; an earlier one already at
     * the control desk gets the flag in its open task too ({@link FlaggedForFraudReview}). An earlier record already flagged for this
     * kind of image is left as it is: it names the record that first reused its picture, which is
     * what its reviewer needs, while writing every later one into it cost each screening a row
     * update per earlier record — rows that concurrent intake batches then waited on and deadlocked
     * over (ingestion benchmark, 2026-12-05). The others are taken in one order, so two batches that
     * do flag the same records lock them in the same order.
     */
    private void flagReuse(CitizenRecord record, ReusedImages.Reuse reuse) {
        record.flagReusedImage(reuse.finding().message());
        String flaggedForThisKind = ReusedImages.Reuse.finding(reuse.kind(), "").message();
        for (UUID otherId : reuse.others().stream().sorted().toList()) {
            records.findById(otherId)
                    .filter(other -> other.getFindings() == null || !other.getFindings().contains(flaggedForThisKind))
                    .ifPresent(other -> {
                        boolean wasFlagged = other.isReusedImage();
                        other.flagReusedImage(ReusedImages.Reuse.finding(reuse.kind(), record.getId().toString()).message());
                        if (!wasFlagged && other.isReusedImage() && other.getStatus() == RecordStatus.EN_MESA_DE_CONTROL) {
                            events.publishEvent(new FlaggedForFraudReview(other.getId()));
                        }
                    });
        }
    }

    List<Finding> findings(CitizenRecord record, List<ReusedImages.Reuse> reuses) {
        List<Finding> findings = new ArrayList<>(IdentityCheck.check(record.citizenData(), record.getCapturedAt()));
        Map<ImageKind, String> hashes = record.imageHashes();
        for (ImageKind kind : ImageKind.values()) {
            String hash = hashes.get(kind);
            byte[] image = hash == null ? null : blobs.get(hash).orElse(null);
            if (hash == null) {
                findings.add(FindingCode.IMAGEN_FALTANTE.about(kind));
            } else if (image == null || !images.isLegible(image)) {
                findings.add(FindingCode.IMAGEN_NO_LEGIBLE.about(kind));
            } else if (ReusedImages.CHECKED.contains(kind)) {
                reusedImages.check(record, kind, image).ifPresent(reuse -> {
                    reuses.add(reuse);
                    findings.add(reuse.finding());
                });
            }
        }
        return findings;
    }

    private CitizenRecord find(UUID recordId) {
        return records.findById(recordId)
                .orElseThrow(() -> new IllegalStateException("No existe el registro " + recordId));
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return NO_FINDINGS;
        }
        String text = findings.stream().map(Finding::message).collect(Collectors.joining(".\n", "", "."));
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }
}
