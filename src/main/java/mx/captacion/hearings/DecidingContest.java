package mx.captacion.hearings;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.records.RecordStatus;
import mx.captacion.records.RestoringRecord;

/**
 * The audiencia reviewer's final decision, applied: written on the contest with who and when, and
 * for {@code RESTITUIR} the record restored. Run twice (a job retried), it changes nothing more.
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

    /** The record's status after the decision. */
    @Transactional
    public RecordStatus decide(UUID recordId, HearingOutcome outcome, String explanation, String reviewer) {
        HearingContest contest = contests.findByRecordId(recordId)
                .orElseThrow(() -> new IllegalStateException("El registro " + recordId + " no fue impugnado"));
        contest.decide(outcome, explanation, reviewer, clock.instant());
        if (contest.getOutcome() == HearingOutcome.RESTITUIR) {
            return restoring.restore(recordId, contest.getDecidedBy());
        }
        return contest.getJudgedStatus();
    }
}
