package mx.captacion.hearings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import mx.captacion.platform.Cutoffs;
import mx.captacion.records.CitizenRecordView;

/** What the API and the page show of a hearing, its judged records and contests. */
final class HearingView {

    private HearingView() {
    }

    record Window(String processCode, Instant openedAt, int windowDays, Instant deadline, String deadlineText,
                  boolean open, long remainingDays, long remainingHours) {

        static Window of(String processCode, Hearing hearing, Instant now) {
            Duration left = Duration.between(now, hearing.getDeadline());
            boolean open = hearing.isOpenAt(now);
            return new Window(processCode, hearing.getOpenedAt(), hearing.getWindowDays(), hearing.getDeadline(),
                    Cutoffs.toText(hearing.getDeadline()), open,
                    open ? left.toDays() : 0, open ? left.toHoursPart() : 0);
        }
    }

    record Contest(Long id, UUID recordId, String judgedStatus, String reason, String argument, String contestedBy,
                   Instant contestedAt, String state, String outcome, String recordStatus, String explanation,
                   String decidedBy, Instant decidedAt) {

        static Contest of(HearingContest c) {
            return new Contest(c.getId(), c.getRecordId(), c.getJudgedStatus().name(), c.getReason(), c.getArgument(),
                    c.getContestedBy(), c.getContestedAt(),
                    c.getOutcome() == null ? "EN_REVISION" : "RESUELTA",
                    c.getOutcome() == null ? null : c.getOutcome().name(),
                    c.getResultingStatus() == null ? null : c.getResultingStatus().name(),
                    c.getExplanation(), c.getDecidedBy(), c.getDecidedAt());
        }

        /**
         * The message that tells the decision and what it achieved: a restitution that left the record
         * not counting says why, rather than «restituido».
         */
        public String outcomeMessage() {
            if (outcome == null) {
                return "hearing.state.EN_REVISION";
            }
            boolean stillNotCounting = "DUPLICADO".equals(recordStatus) || "NO_VALIDO".equals(recordStatus);
            return "hearing.outcome." + outcome + ("RESTITUIR".equals(outcome) && stillNotCounting ? "." + recordStatus : "");
        }
    }

    record JudgedRecord(UUID id, String name, String claveElector, String status, String reason, String imagesPath,
                        List<String> images, Contest contest) {

        static JudgedRecord of(CitizenRecordView r, Map<UUID, HearingContest> contests) {
            HearingContest c = contests.get(r.id().value());
            return new JudgedRecord(r.id().value(), r.fullName(), r.claveElector(), r.status().name(),
                    r.judgementReason(), HearingImages.representativePath(r.id()),
                    r.imageHashes().keySet().stream().map(k -> k.apiName()).toList(),
                    c == null ? null : Contest.of(c));
        }
    }

    record Page(Window hearing, List<JudgedRecord> records, int page, int totalPages, long total) {
    }

    /** The API's batch: the records and one argument for all. */
    record ContestRequest(List<UUID> recordIds, String argument) {
    }

    /** {@code force}: open even while records wait for the compulsa's answer (otherwise 409 {@code COMPULSA_PENDIENTE}). */
    record OpenRequest(Integer windowDays, Boolean force) {

        boolean forced() {
            return Boolean.TRUE.equals(force);
        }
    }
}
