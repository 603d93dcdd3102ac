package mx.captacion.actors;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import mx.captacion.platform.Cutoffs;

/** A capture campaign with its period, e.g. APN 2022-2023 "Resto del País", 01/03/2022–31/01/2023. */
@Entity
public class CaptureProcess {

    /** Periods are calendar days in central Mexico time, as the INE publishes them. */
    public static final ZoneId ZONE = Cutoffs.ZONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    private ProcessKind kind = ProcessKind.APN_RESTO_DEL_PAIS;
    /** Valid records an actor needs, in total (e.g. 5,000 affiliates for an APN). */
    private int requiredRecords;
    /** States in which the actor needs presence (e.g. 7 for an APN). */
    private int requiredStates;
    /**
     * The sampling settings are fixed at creation; the mode and the counts change only through
     * {@link ControlDeskSampling}'s single UPDATEs, never by saving a loaded (possibly stale) entity.
     */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReviewMode reviewMode = ReviewMode.COMPLETA;
    /** Share of the records to review, in percent (e.g. 20); null when the process never sampled. */
    @Column(updatable = false)
    private BigDecimal sampleRate;
    /** The sample's error rate, in percent, above which the process switches to full review. */
    @Column(updatable = false)
    private BigDecimal errorThreshold;
    /** Sampled reviews needed before the error rate is judged. */
    @Column(updatable = false)
    private Integer minSampledReviews;
    @Column(insertable = false, updatable = false)
    private long sampledReviews;
    @Column(insertable = false, updatable = false)
    private long sampledErrors;
    @Column(insertable = false, updatable = false)
    private Instant fullReviewSince;

    protected CaptureProcess() {
    }

    public CaptureProcess(String code, String name, LocalDate periodStart, LocalDate periodEnd) {
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("El periodo termina antes de empezar");
        }
        this.code = code;
        this.name = name;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    public CaptureProcess(String code, String name, ProcessKind kind, LocalDate periodStart, LocalDate periodEnd,
                          int requiredRecords, int requiredStates) {
        this(code, name, periodStart, periodEnd);
        if (requiredRecords < 0 || requiredStates < 0 || requiredStates > 32) {
            throw new IllegalArgumentException("Requisitos inválidos: registros ≥ 0 y entre 0 y 32 entidades");
        }
        this.kind = kind;
        this.requiredRecords = requiredRecords;
        this.requiredStates = requiredStates;
    }

    /**
     * The control desk reviews a sample of the records the rules pass without a warning: {@code sampleRate}
     * percent of them, until at least {@code minSampledReviews} were reviewed and more than
     * {@code errorThreshold} percent of those ended inconsistent.
     */
    public void sampleControlDesk(BigDecimal sampleRate, BigDecimal errorThreshold, int minSampledReviews) {
        if (sampleRate.signum() <= 0 || sampleRate.compareTo(HUNDRED) > 0 || errorThreshold.signum() < 0
                || errorThreshold.compareTo(HUNDRED) > 0 || minSampledReviews < 1) {
            throw new IllegalArgumentException("Muestreo inválido: muestra entre 0 y 100 %, umbral entre 0 y 100 %"
                    + " y al menos una revisión");
        }
        this.reviewMode = ReviewMode.MUESTREO;
        this.sampleRate = sampleRate;
        this.errorThreshold = errorThreshold;
        this.minSampledReviews = minSampledReviews;
    }

    /** Whether the instant falls on a day of the period, both ends included. */
    public boolean isWithinPeriod(Instant instant) {
        LocalDate day = instant.atZone(ZONE).toLocalDate();
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public ProcessKind getKind() {
        return kind;
    }

    public int getRequiredRecords() {
        return requiredRecords;
    }

    public int getRequiredStates() {
        return requiredStates;
    }

    public ReviewMode getReviewMode() {
        return reviewMode;
    }

    public BigDecimal getSampleRate() {
        return sampleRate;
    }

    public BigDecimal getErrorThreshold() {
        return errorThreshold;
    }

    public Integer getMinSampledReviews() {
        return minSampledReviews;
    }

    public long getSampledReviews() {
        return sampledReviews;
    }

    public long getSampledErrors() {
        return sampledErrors;
    }

    public Instant getFullReviewSince() {
        return fullReviewSince;
    }
}
