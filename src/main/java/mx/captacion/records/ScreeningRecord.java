package mx.captacion.records;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.platform.BlobStore;

/**
 * The automated processing: a citizen who already counts for the actor makes the record a
 * duplicate; every other record goes to the control desk with what the checks found, so a wrong
 * record is looked at, never silently dropped. Safe to run twice.
 */
@Service
public class ScreeningRecord {

    public enum Outcome { DUPLICADO, MESA_DE_CONTROL }

    static final String NO_FINDINGS = "Sin observaciones de la revisión automática.";

    private final CitizenRecords records;
    private final CountedCitizens counted;
    private final StatusHistory history;
    private final BlobStore blobs;
    private final Images images;
    private final Clock clock;

    ScreeningRecord(CitizenRecords records, CountedCitizens counted, StatusHistory history, BlobStore blobs,
                    Images images, Clock clock) {
        this.records = records;
        this.counted = counted;
        this.history = history;
        this.blobs = blobs;
        this.images = images;
        this.clock = clock;
    }

    @Transactional
    public Outcome screen(UUID recordId) {
        CitizenRecord record = records.findById(recordId)
                .orElseThrow(() -> new IllegalStateException("No existe el registro " + recordId));
        if (record.getStatus() != RecordStatus.EN_PROCESAMIENTO) {
            return record.getStatus() == RecordStatus.DUPLICADO ? Outcome.DUPLICADO : Outcome.MESA_DE_CONTROL;
        }
        UUID holder = counted.holder(record.getActorId(), record.getClaveElector())
                .orElseGet(() -> counted.claim(record.getActorId(), record.getClaveElector(), recordId));
        if (!holder.equals(recordId)) {
            record.markDuplicate("La clave de elector " + record.getClaveElector()
                    + " ya cuenta para este actor político en el registro " + holder + ".");
            history.append(record, clock.instant());
            return Outcome.DUPLICADO;
        }
        record.sendToControlDesk(describe(findings(record)));
        history.append(record, clock.instant());
        return Outcome.MESA_DE_CONTROL;
    }

    List<Finding> findings(CitizenRecord record) {
        List<Finding> findings = new ArrayList<>(IdentityCheck.check(record.citizenData(), record.getCapturedAt()));
        Map<ImageKind, String> hashes = record.imageHashes();
        for (ImageKind kind : ImageKind.values()) {
            String hash = hashes.get(kind);
            if (hash == null) {
                findings.add(FindingCode.IMAGEN_FALTANTE.finding(kind.label()));
            } else if (!blobs.get(hash).map(images::isLegible).orElse(false)) {
                findings.add(FindingCode.IMAGEN_NO_LEGIBLE.finding(kind.label()));
            }
        }
        return findings;
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return NO_FINDINGS;
        }
        String text = findings.stream().map(Finding::message).collect(Collectors.joining(".\n", "", "."));
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }
}
