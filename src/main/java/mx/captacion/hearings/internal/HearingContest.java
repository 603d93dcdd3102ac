package mx.captacion.hearings.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import mx.captacion.records.RecordStatus;

/**
 * One record an actor contested in a hearing, with its argument, and the audiencia reviewer's
 * decision once taken. The decision is final: it is written once, never changed.
 */
@Entity
public class HearingContest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long hearingId;
    private UUID recordId;
    private Long actorId;
    @Enumerated(EnumType.STRING)
    private RecordStatus judgedStatus;
    private String reason;
    private String argument;
    private String contestedBy;
    private Instant contestedAt;
    @Enumerated(EnumType.STRING)
    private HearingOutcome outcome;
    private String explanation;
    private String decidedBy;
    private Instant decidedAt;
    /**
     * The record's status once the decision was applied. A restitution reverses this record's
     * judgement, yet the record may still not count (see {@code RestoringRecord}); this says so.
     */
    @Enumerated(EnumType.STRING)
    private RecordStatus resultingStatus;

    protected HearingContest() {
    }

    HearingContest(Long hearingId, UUID recordId, Long actorId, RecordStatus judgedStatus, String reason,
                   String argument, String contestedBy, Instant contestedAt) {
        this.hearingId = hearingId;
        this.recordId = recordId;
        this.actorId = actorId;
        this.judgedStatus = judgedStatus;
        this.reason = reason;
        this.argument = argument;
        this.contestedBy = contestedBy;
        this.contestedAt = contestedAt;
    }

    /** Records the decision; a second one (a job run twice) changes nothing. */
    boolean decide(HearingOutcome outcome, String explanation, String reviewer, Instant at) {
        if (this.outcome != null) {
            return false;
        }
        this.outcome = outcome;
        this.explanation = explanation;
        this.decidedBy = reviewer;
        this.decidedAt = at;
        return true;
    }

    /** What the decision left the record as; written once, with the decision. */
    void resulted(RecordStatus status) {
        if (resultingStatus == null) {
            resultingStatus = status;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getHearingId() {
        return hearingId;
    }

    public UUID getRecordId() {
        return recordId;
    }

    public Long getActorId() {
        return actorId;
    }

    public RecordStatus getJudgedStatus() {
        return judgedStatus;
    }

    public String getReason() {
        return reason;
    }

    public String getArgument() {
        return argument;
    }

    public String getContestedBy() {
        return contestedBy;
    }

    public Instant getContestedAt() {
        return contestedAt;
    }

    public HearingOutcome getOutcome() {
        return outcome;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public RecordStatus getResultingStatus() {
        return resultingStatus;
    }
}
