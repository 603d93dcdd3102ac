package mx.captacion.hearings.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.RecordId;
import mx.captacion.records.RecordStatus;
import mx.captacion.records.RestoringRecord;

/**
 * The audiencia reviewer's final decision, applied: written on the contest with who and when, and
 * for {@code RESTITUIR} the record restored. The contest also keeps the status the record ended in:
 * a restitution may leave it not counting all the same (a duplicate of the actor's own record, or a
 * citizen whose more recent affiliation is with another actor), and the actor must read that, not
 * a bare «restituido». Run twice (a job retried), it changes nothing more.
 */
@Service
public class DecidingContest {

    private final HearingContests contests;
    private final RestoringRecord restoring;
    private final Clock clock;

    DecidingContest(HearingContests contests, RestoringRecord restoring, Clock clock) {
        this.contests = contests;
        this.restoring = restoring;
        this.clock = clock;
    }

    /** The record's status after the decision, recorded on the contest beside the decision. */
    @Transactional
    public RecordStatus decide(RecordId recordId, HearingOutcome outcome, String explanation, String reviewer) {
        HearingContest contest = contests.findByRecordId(recordId.value())
                .orElseThrow(() -> new IllegalStateException("El registro " + recordId + " no fue impugnado"));
        contest.decide(outcome, explanation, reviewer, clock.instant());
        RecordStatus status = contest.getOutcome() == HearingOutcome.RESTITUIR
                ? restoring.restore(recordId, contest.getDecidedBy())
                : contest.getJudgedStatus();
        contest.resulted(status);
        return status;
    }
}
