package mx.captacion.records.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.domain.Persistable;

import mx.captacion.records.CaptureChannel;
import mx.captacion.records.ImageKind;
import mx.captacion.records.InconsistencyType;
import mx.captacion.records.ReceiptCode;
import mx.captacion.records.RecordStatus;
import mx.captacion.records.RecordSubmission;
import mx.captacion.roll.RegistralStatus;

/**
 * One citizen's support or affiliation record. The status moves only through the methods below,
 * each allowed from one status, so a job that runs twice cannot move a record twice.
 *
 * <p>Each move takes its instant and registers a {@link RecordStatusChanged}, which Spring Data publishes
 * when the record is saved ({@code records.save(record)}, as every use case that moves one does) and
 * {@code StatusHistory} writes into the history, in the same transaction. Saving is the one thing a use
 * case must do, and the records' integration tests check that no status is left without its history row.
 * Not a JPA entity listener: those may not touch the database, and the row needs the use case's instant.
 */
@Entity
public class CitizenRecord implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID submissionId;
    private Long processId;
    private Long actorId;
    /** The auxiliar's database key (Auxiliar.getId()), not its public AuxiliarId; null for Mi Apoyo. */
    @Column(name = "auxiliar_id")
    private Long auxiliarKey;
    @Enumerated(EnumType.STRING)
    private CaptureChannel channel;
    private Instant capturedAt;
    private Instant receivedAt;
    /** Null when a Mi Apoyo citizen refused the browser's geolocation. */
    private Double latitude;
    private Double longitude;
    private String claveElector;
    private String curp;
    private String nombre;
    private String apellidoPaterno;
    private String apellidoMaterno;
    private LocalDate fechaNacimiento;
    private String sexo;
    private int entidad;
    // null once the retention purge removed it (retention.PurgingPersonalData), as the names, CURP and birth date
    private Integer seccion;
    private Integer vigencia;
    private String anversoHash;
    private String reversoHash;
    private String fotoVivaHash;
    private String firmaHash;
    @Enumerated(EnumType.STRING)
    private RecordStatus status;
    private String findings;
    @Enumerated(EnumType.STRING)
    private InconsistencyType inconsistencyType;
    private String inconsistencyNote;
    private String reviewedBy;
    private Instant reviewedAt;
    /** The compulsa's answer (VALIDO and NO_VALIDO records only). */
    @Enumerated(EnumType.STRING)
    private RegistralStatus registralStatus;
    private Instant compulsaAt;
    /** Mi Apoyo only: what the citizen looks the record up with. */
    private String receiptCode;
    /** One of its images is the same picture as in another citizen's record (see ReusedImages). */
    private boolean reusedImage;
    /** The id is ours, not the database's: without this, saving a new record would select it first. */
    @Transient
    private boolean isNew;
    /** Registered by the moves below, published and cleared on save. */
    @Transient
    private final List<RecordStatusChanged> statusChanges = new ArrayList<>();

    protected CitizenRecord() {
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    void persisted() {
        isNew = false;
    }

    public CitizenRecord(UUID submissionId, Long processId, Long actorId, Long auxiliarKey, CaptureChannel channel,
                  Instant capturedAt, Instant receivedAt, RecordSubmission.Location location,
                  RecordSubmission.Citizen citizen, Map<ImageKind, String> imageHashes) {
        this.id = UUID.randomUUID();
        this.submissionId = submissionId;
        this.processId = processId;
        this.actorId = actorId;
        this.auxiliarKey = auxiliarKey;
        this.channel = channel;
        this.capturedAt = capturedAt;
        this.receivedAt = receivedAt;
        this.latitude = location == null ? null : location.lat();
        this.longitude = location == null ? null : location.lon();
        this.claveElector = citizen.claveElector();
        this.curp = citizen.curp();
        this.nombre = citizen.nombre().trim();
        this.apellidoPaterno = citizen.apellidoPaterno().trim();
        this.apellidoMaterno = citizen.apellidoMaterno() == null ? null : citizen.apellidoMaterno().trim();
        this.fechaNacimiento = citizen.fechaNacimiento();
        this.sexo = citizen.sexo();
        this.entidad = citizen.entidad();
        this.seccion = citizen.seccion();
        this.vigencia = citizen.vigencia();
        this.anversoHash = imageHashes.get(ImageKind.ANVERSO);
        this.reversoHash = imageHashes.get(ImageKind.REVERSO);
        this.fotoVivaHash = imageHashes.get(ImageKind.FOTO_VIVA);
        this.firmaHash = imageHashes.get(ImageKind.FIRMA);
        this.receiptCode = channel == CaptureChannel.MI_APOYO ? ReceiptCode.random().value() : null;
        this.status = RecordStatus.EN_PROCESAMIENTO;
        this.isNew = true;
        statusChanged(receivedAt);
    }

    @DomainEvents
    List<RecordStatusChanged> statusChanges() {
        return List.copyOf(statusChanges);
    }

    @AfterDomainEventPublication
    void statusChangesPublished() {
        statusChanges.clear();
    }

    /** What the history says from {@code at} on: the record as it is now. */
    private void statusChanged(Instant at) {
        statusChanges.add(new RecordStatusChanged(id, actorId, status, inconsistencyType, registralStatus, entidad,
                auxiliarKey, at));
    }

    /** The automated checks are done; the screening rules decide where the record goes next. */
    void screened(String findings) {
        require(RecordStatus.EN_PROCESAMIENTO);
        this.findings = findings;
    }

    /**
     * Another citizen's record has the same picture: flagged for fraud review. A record found by a
     * later one is told too, while nobody has decided it yet; a decided one keeps its decision.
     */
    void flagReusedImage(String finding) {
        if (status != RecordStatus.EN_PROCESAMIENTO && status != RecordStatus.EN_MESA_DE_CONTROL) {
            return;
        }
        reusedImage = true;
        if (findings == null || findings.equals(ScreeningRecord.NO_FINDINGS)) {
            findings = finding + ".";
        } else if (!findings.contains(finding) && findings.length() + finding.length() < 3990) {
            findings = findings + "\n" + finding + ".";
        }
    }

    public boolean isReusedImage() {
        return reusedImage;
    }

    /** The record waits for a reviewer, with what the automated checks found. */
    void sendToControlDesk(Instant at) {
        require(RecordStatus.EN_PROCESAMIENTO);
        this.status = RecordStatus.EN_MESA_DE_CONTROL;
        statusChanged(at);
    }

    /** The same citizen already counts for this actor. */
    void markDuplicate(String findings, Instant at) {
        require(RecordStatus.EN_PROCESAMIENTO);
        this.findings = findings;
        this.status = RecordStatus.DUPLICADO;
        statusChanged(at);
    }

    void markForCompulsa(String reviewer, Instant at) {
        require(RecordStatus.EN_MESA_DE_CONTROL);
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.status = RecordStatus.PARA_COMPULSA;
        statusChanged(at);
    }

    /**
     * Out of its process's control-desk sample: straight to the compulsa, with no reviewer and a note
     * after the findings saying why. {@code at} stands as the review instant: the compulsa sends records
     * in the order they were cleared for it.
     */
    void markForCompulsaUnsampled(String note, Instant at) {
        require(RecordStatus.EN_PROCESAMIENTO);
        this.reviewedAt = at;
        addToFindings(note);
        this.status = RecordStatus.PARA_COMPULSA;
        statusChanged(at);
    }

    /** Named by a reviewer at the control desk, or straight after the automated checks by a screening rule. */
    void markInconsistent(InconsistencyType type, String note, String reviewer, Instant at) {
        if (status != RecordStatus.EN_PROCESAMIENTO) {
            require(RecordStatus.EN_MESA_DE_CONTROL);
        }
        this.inconsistencyType = type;
        this.inconsistencyNote = note;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        this.status = RecordStatus.CON_INCONSISTENCIA;
        statusChanged(at);
    }

    /**
     * The hearing's reviewer restored a judged record (garantía de audiencia): the judgement of this
     * record is reversed. One found not valid at the compulsa counts as valid and, as INE now holds
     * it, in the lista nominal (the roll's own answer stays in the status history); one with an
     * inconsistency goes to the compulsa like any other. Two things the judgement did not decide
     * still hold: when meanwhile another record of the same citizen came to count for the actor (the
     * judgement had let the citizen be captured again), the restored record is that one's duplicate;
     * when the citizen's more recent capture counts for another actor ({@code outweighed}), the
     * restored record stays not valid as {@link RegistralStatus#AFILIADO_A_OTRO_ACTOR} — the
     * compulsa would have said so had the roll vouched for it — with the restitution in its findings.
     */
    public void restoreAfterHearing(String reviewer, Instant at, UUID countingRecord, boolean outweighed) {
        if (status != RecordStatus.NO_VALIDO) {
            require(RecordStatus.CON_INCONSISTENCIA);
        }
        if (countingRecord != null) {
            this.findings = "Restituido en garantía de audiencia; el ciudadano ya cuenta con el registro " + countingRecord;
            this.status = RecordStatus.DUPLICADO;
        } else if (status == RecordStatus.CON_INCONSISTENCIA) {
            this.status = RecordStatus.PARA_COMPULSA;
        } else if (outweighed) {
            this.registralStatus = RegistralStatus.AFILIADO_A_OTRO_ACTOR;
            addToFindings("Restituido en garantía de audiencia, pero no cuenta: el ciudadano tiene una captura más "
                    + "reciente para otro actor político del proceso, y cuenta la afiliación más reciente.");
        } else {
            this.registralStatus = RegistralStatus.EN_LISTA_NOMINAL;
            this.status = RecordStatus.VALIDO;
        }
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
        statusChanged(at); // an outweighed restitution keeps NO_VALIDO, but its registral status changed
    }

    /**
     * Double affiliation's order: the later capture is the citizen's latest manifestation of will;
     * equal captures, the later received.
     */
    public boolean isLaterCaptureThan(CitizenRecord other) {
        int byCapture = capturedAt.compareTo(other.capturedAt);
        return byCapture != 0 ? byCapture > 0 : receivedAt.compareTo(other.receivedAt) > 0;
    }

    /** Judged by the control desk, the screening rules or the compulsa: what a garantía de audiencia is about. */
    public boolean isJudged() {
        return status == RecordStatus.CON_INCONSISTENCIA || status == RecordStatus.NO_VALIDO;
    }

    /**
     * Why the record was judged, as the actor reads it in its garantía de audiencia: the
     * inconsistency and its note, or the compulsa's answer.
     */
    public String judgementReason() {
        if (status == RecordStatus.CON_INCONSISTENCIA && inconsistencyType != null) {
            return inconsistencyNote == null || inconsistencyNote.isBlank()
                    ? inconsistencyType.label()
                    : inconsistencyType.label() + ": " + inconsistencyNote;
        }
        if (status == RecordStatus.NO_VALIDO) {
            return registralStatus == null ? "No válido en la compulsa" : registralStatus.label();
        }
        return status.name();
    }

    /** The compulsa answered: the record counts only when the roll vouches for the citizen. */
    public void compulsaAnswered(RegistralStatus answer, Instant at) {
        require(RecordStatus.PARA_COMPULSA);
        this.registralStatus = answer;
        this.compulsaAt = at;
        this.status = answer.counts() ? RecordStatus.VALIDO : RecordStatus.NO_VALIDO;
        statusChanged(at);
    }

    /** Double affiliation: the same citizen's more recent record for another actor counts instead. */
    void supersededByLaterAffiliation(Instant at) {
        require(RecordStatus.VALIDO);
        this.registralStatus = RegistralStatus.AFILIADO_A_OTRO_ACTOR;
        this.compulsaAt = at;
        this.status = RecordStatus.NO_VALIDO;
        statusChanged(at);
    }

    /** A note after the findings, within the column's 4,000 characters. */
    private void addToFindings(String note) {
        String text = findings == null ? note : findings + "\n" + note;
        this.findings = text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }

    private void require(RecordStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("El registro " + id + " está en " + status + ", no en " + expected);
        }
    }

    public CitizenData citizenData() {
        return new CitizenData(claveElector, curp, nombre, apellidoPaterno, apellidoMaterno, fechaNacimiento, sexo,
                vigencia);
    }

    public Map<ImageKind, String> imageHashes() {
        Map<ImageKind, String> hashes = new EnumMap<>(ImageKind.class);
        putIfPresent(hashes, ImageKind.ANVERSO, anversoHash);
        putIfPresent(hashes, ImageKind.REVERSO, reversoHash);
        putIfPresent(hashes, ImageKind.FOTO_VIVA, fotoVivaHash);
        putIfPresent(hashes, ImageKind.FIRMA, firmaHash);
        return hashes;
    }

    private static void putIfPresent(Map<ImageKind, String> map, ImageKind kind, String hash) {
        if (hash != null) {
            map.put(kind, hash);
        }
    }

    public String fullName() {
        return String.join(" ", nombre, apellidoPaterno, apellidoMaterno == null ? "" : apellidoMaterno).trim();
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getSubmissionId() {
        return submissionId;
    }

    public Long getProcessId() {
        return processId;
    }

    public Long getActorId() {
        return actorId;
    }

    /** The database key of the auxiliar who captured the record (for {@code Auxiliares.findById}); null for Mi Apoyo. */
    public Long getAuxiliarKey() {
        return auxiliarKey;
    }

    public CaptureChannel getChannel() {
        return channel;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getClaveElector() {
        return claveElector;
    }

    public String getCurp() {
        return curp;
    }

    public LocalDate getFechaNacimiento() {
        return fechaNacimiento;
    }

    public String getSexo() {
        return sexo;
    }

    public int getEntidad() {
        return entidad;
    }

    public Integer getSeccion() {
        return seccion;
    }

    public Integer getVigencia() {
        return vigencia;
    }

    public RecordStatus getStatus() {
        return status;
    }

    public String getFindings() {
        return findings;
    }

    public InconsistencyType getInconsistencyType() {
        return inconsistencyType;
    }

    public String getInconsistencyNote() {
        return inconsistencyNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Optional<RegistralStatus> getRegistralStatus() {
        return Optional.ofNullable(registralStatus);
    }

    public Instant getCompulsaAt() {
        return compulsaAt;
    }

    public Optional<ReceiptCode> getReceiptCode() {
        return Optional.ofNullable(receiptCode).map(ReceiptCode::new);
    }
}
