package mx.captacion.records;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import mx.captacion.actors.CaptureProcess;
import mx.captacion.actors.CaptureProcesses;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.actors.PoliticalActors;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.platform.BlobStore;
import mx.captacion.records.internal.CitizenRecord;
import mx.captacion.records.internal.CitizenRecords;
import mx.captacion.records.internal.Images;
import mx.captacion.records.internal.IntakeQueue;
import mx.captacion.records.internal.RecordRejection;

/**
 * Reception: checks a submission's shape and references, checks each image's header and stores it,
 * then commits the record, its first status and its place in the intake's queue in one short
 * transaction. The caller is answered only after that commit, and no Camunda command runs here: the
 * intake ({@link TakingInRecords}) starts the record's process apart from the request. A submission
 * id seen before returns the record it created, to its own sender only, and creates nothing.
 */
@Service
public class ReceivingRecord {

    /** Clocks of phones drift: a capture a little "in the future" is still believable. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(10);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /**
     * What a date may be before anything reads it: Jackson takes years up to ±999,999,999, which
     * PostgreSQL and the period arithmetic do not (they answered 500).
     */
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    private static final Instant FIRST_CAPTURE = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LAST_CAPTURE = Instant.parse("2101-01-01T00:00:00Z");

    /** {@code receiptCode} is empty but for Mi Apoyo records. */
    public record Receipt(UUID recordId, RecordStatus status, Optional<ReceiptCode> receiptCode, boolean created) {

        static Receipt of(CitizenRecord record, boolean created) {
            return new Receipt(record.getId(), record.getStatus(), record.getReceiptCode(), created);
        }
    }

    private final CitizenRecords records;
    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final Auxiliares auxiliares;
    private final Images images;
    private final BlobStore blobs;
    private final IntakeQueue intake;
    private final TransactionTemplate transaction;
    private final Validator validator;
    private final Clock clock;

    ReceivingRecord(CitizenRecords records, CaptureProcesses processes, PoliticalActors actors, Auxiliares auxiliares,
                    Images images, BlobStore blobs, IntakeQueue intake,
                    TransactionTemplate transaction, Validator validator, Clock clock) {
        this.records = records;
        this.processes = processes;
        this.actors = actors;
        this.auxiliares = auxiliares;
        this.images = images;
        this.blobs = blobs;
        this.intake = intake;
        this.transaction = transaction;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Receives a submission; {@code deviceToken} is the token the app got when the auxiliar
     * registered (none for Mi Apoyo). A submissionId seen before is looked up only once the sender
     * is known, and answers its record only to that sender.
     */
    public Receipt receive(RecordSubmission submission, String deviceToken) {
        validateShape(submission);
        Sender sender = sender(submission, deviceToken);
        Optional<Receipt> known = resent(submission, sender);
        if (known.isPresent()) {
            return known.get();
        }
        if (submission.channel() == CaptureChannel.MI_APOYO) {
            // the citizen corrects it on the spot; an auxiliar's record goes on and its findings become inconsistencies
            MiApoyoChecks.refusal(submission).ifPresent(problem -> {
                throw problem;
            });
        }
        CitizenRecord record = newRecord(submission, sender);
        try {
            transaction.executeWithoutResult(status -> {
                records.saveAndFlush(record); // a resent submissionId fails here, translated to DataIntegrityViolationException
                intake.add(record.getId(), record.getReceivedAt());
            });
        } catch (DataIntegrityViolationException raced) {
            // the same submission arrived twice at once: the other request stored it (or, once in
            // 2^58, a receipt code was drawn twice: answered as an error the client may retry)
            return resent(submission, sender).orElseThrow(() -> raced);
        }
        return Receipt.of(record, true);
    }

    /**
     * A record's status, for the device of the auxiliar who sent it; empty for anyone else, and for a
     * Mi Apoyo record (its citizen looks it up with the receipt code), as for a record that does not exist.
     */
    public Optional<Receipt> status(UUID recordId, String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank()) {
            return Optional.empty();
        }
        return records.findById(recordId)
                .filter(r -> r.getAuxiliarKey() != null && auxiliares.findById(r.getAuxiliarKey())
                        .filter(auxiliar -> auxiliar.carries(deviceToken.trim())).isPresent())
                .map(r -> Receipt.of(r, false));
    }

    /** Who sends: the process and actor named, and the auxiliar proven by its device token (none for Mi Apoyo). */
    private record Sender(CaptureProcess process, PoliticalActor actor, Long auxiliarKey) {

        /**
         * Whether this sender sent the record: the same actor and auxiliar; for Mi Apoyo, which has no
         * token, the same citizen's clave de elector and birth date (what the receipt is checked with).
         */
        boolean sent(CitizenRecord record, RecordSubmission again) {
            return record.getActorId().equals(actor.getId()) && Objects.equals(record.getAuxiliarKey(), auxiliarKey)
                    && (auxiliarKey != null
                    || (record.getClaveElector().equals(again.citizen().claveElector())
                    && record.getFechaNacimiento().equals(again.citizen().fechaNacimiento())));
        }
    }

    private Optional<Receipt> resent(RecordSubmission submission, Sender sender) {
        return records.findBySubmissionId(submission.submissionId()).map(record -> {
            if (!sender.sent(record, submission)) {
                throw RecordRejection.ENVIO_YA_USADO.problem();
            }
            return Receipt.of(record, false);
        });
    }

    private Sender sender(RecordSubmission s, String deviceToken) {
        CaptureProcess process = processes.findByCode(s.processCode().trim())
                .orElseThrow(() -> RecordRejection.PROCESO_DESCONOCIDO.problem(s.processCode()));
        PoliticalActor actor = actors.findByFolio(s.actorFolio().trim())
                .orElseThrow(() -> RecordRejection.ACTOR_DESCONOCIDO.problem(s.actorFolio()));
        if (!actor.takesPartIn(process)) {
            throw RecordRejection.ACTOR_FUERA_DEL_PROCESO.problem(s.actorFolio(), s.processCode());
        }
        return new Sender(process, actor, auxiliarKeyOf(s, actor, deviceToken));
    }

    private CitizenRecord newRecord(RecordSubmission s, Sender sender) {
        Instant now = clock.instant();
        CaptureProcess process = sender.process();
        if (s.capturedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw RecordRejection.CAPTURA_EN_EL_FUTURO.problem(s.capturedAt().toString());
        }
        if (!process.isWithinPeriod(s.capturedAt())) {
            throw RecordRejection.CAPTURA_FUERA_DE_PERIODO.problem(
                    DAY.format(s.capturedAt().atZone(CaptureProcess.ZONE)),
                    DAY.format(process.getPeriodStart()), DAY.format(process.getPeriodEnd()));
        }
        Map<ImageKind, byte[]> decoded = new EnumMap<>(ImageKind.class);
        for (ImageKind kind : ImageKind.values()) {
            String base64 = s.images().of(kind);
            if (base64 != null && !base64.isBlank()) {
                decoded.put(kind, images.decode(kind, base64));
            }
        }
        // Stored before the transaction: content-addressed, so a rollback leaves at most an unused file.
        Map<ImageKind, String> hashes = new EnumMap<>(ImageKind.class);
        decoded.forEach((kind, bytes) -> hashes.put(kind, blobs.put(bytes)));
        return new CitizenRecord(s.submissionId(), process.getId(), sender.actor().getId(), sender.auxiliarKey(), s.channel(),
                s.capturedAt(), now, s.location(), s.citizen(), hashes);
    }

    /** The database key of the auxiliar the submission names and its token proves; null for Mi Apoyo. */
    private Long auxiliarKeyOf(RecordSubmission s, PoliticalActor actor, String deviceToken) {
        boolean named = s.auxiliarId() != null && !s.auxiliarId().isBlank();
        if (s.channel() == CaptureChannel.MI_APOYO) {
            if (named) {
                throw RecordRejection.AUXILIAR_NO_PERMITIDO.problem();
            }
            return null;
        }
        if (!named) {
            throw RecordRejection.AUXILIAR_REQUERIDO.problem();
        }
        // Text that cannot be an ID is answered like an ID nobody holds.
        Auxiliar auxiliar = AuxiliarId.parse(s.auxiliarId()).flatMap(auxiliares::findByAuxiliarId)
                .orElseThrow(() -> RecordRejection.AUXILIAR_DESCONOCIDO.problem(s.auxiliarId()));
        if (!auxiliar.worksFor(actor.getId())) {
            throw RecordRejection.AUXILIAR_DE_OTRO_ACTOR.problem(s.auxiliarId(), s.actorFolio());
        }
        if (!auxiliar.maySendRecords()) {
            throw switch (auxiliar.getStatus()) {
                case BAJA -> RecordRejection.AUXILIAR_INACTIVO.problemSaying("baja", s.auxiliarId());
                case ACTIVO_SIN_REGISTRO_EN_APP -> RecordRejection.AUXILIAR_INACTIVO.problemSaying("sinRegistro", s.auxiliarId());
                case ACTIVO_REGISTRADO_EN_APP -> RecordRejection.AUXILIAR_INACTIVO.problem(s.auxiliarId());
            };
        }
        if (deviceToken == null || deviceToken.isBlank()) {
            throw RecordRejection.TOKEN_FALTANTE.problem();
        }
        if (!auxiliar.carries(deviceToken.trim())) {
            throw RecordRejection.AUXILIAR_IDENTIFICADO_INCORRECTAMENTE.problem(s.auxiliarId());
        }
        return auxiliar.getId();
    }

    private void validateShape(RecordSubmission submission) {
        Set<ConstraintViolation<RecordSubmission>> violations = validator.validate(submission);
        violations.stream()
                .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .ifPresent(v -> {
                    Class<?> constraint = v.getConstraintDescriptor().getAnnotation().annotationType();
                    boolean missing = constraint == NotNull.class || constraint == NotBlank.class;
                    throw (missing ? RecordRejection.CAMPO_FALTANTE : RecordRejection.FORMATO_INVALIDO)
                            .problem(v.getPropertyPath().toString(), v.getMessage());
                });
        fieldWithNul(submission, "").ifPresent(field -> {
            throw RecordRejection.FORMATO_INVALIDO.problemSaying("nulo", field);
        });
        LocalDate born = submission.citizen().fechaNacimiento();
        if (born.isBefore(FIRST_DAY) || born.isAfter(LAST_DAY)) {
            throw RecordRejection.FORMATO_INVALIDO.problemSaying("fechaNacimiento");
        }
        if (submission.capturedAt().isBefore(FIRST_CAPTURE) || submission.capturedAt().isAfter(LAST_CAPTURE)) {
            throw RecordRejection.FORMATO_INVALIDO.problemSaying("capturedAt");
        }
        // a citizen may refuse the browser's geolocation; an auxiliar's app always has it
        if (submission.location() == null && submission.channel() != CaptureChannel.MI_APOYO) {
            throw RecordRejection.CAMPO_FALTANTE.problemSaying("location");
        }
    }

    /** PostgreSQL refuses U+0000 in text: the first field (by its JSON path) that holds one. */
    private static Optional<String> fieldWithNul(Record value, String prefix) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String path = prefix + component.getName();
            if (field instanceof String text && text.indexOf('\0') >= 0) {
                return Optional.of(path);
            }
            if (field instanceof Record nested) {
                Optional<String> found = fieldWithNul(nested, path + ".");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
