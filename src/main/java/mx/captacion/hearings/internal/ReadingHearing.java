package mx.captacion.hearings.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.records.ReadingRecords;

/** An actor's hearing as its page and API show it: the window, its judged records a page at a time, its contests. */
@Service
class ReadingHearing {

    static final int PAGE_SIZE = 20;

    private final Hearings hearings;
    private final HearingContests contests;
    private final ReadingRecords records;
    private final Clock clock;

    ReadingHearing(Hearings hearings, HearingContests contests, ReadingRecords records, Clock clock) {
        this.hearings = hearings;
        this.contests = contests;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    HearingView.Page of(PoliticalActor actor, int page) {
        Optional<HearingView.Window> window = hearings.findByProcessId(actor.getProcess().getId())
                .map(h -> HearingView.Window.of(actor.getProcess().getCode(), h, clock.instant()));
        var found = records.judgedOf(actor.getId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<java.util.UUID, HearingContest> byRecord = contests.findByRecordIdIn(
                        found.getContent().stream().map(r -> r.id().value()).toList())
                .stream().collect(Collectors.toMap(HearingContest::getRecordId, Function.identity()));
        return new HearingView.Page(window.orElse(null),
                found.getContent().stream().map(r -> HearingView.JudgedRecord.of(r, byRecord)).toList(),
                found.getNumber(), found.getTotalPages(), found.getTotalElements());
    }

    @Transactional(readOnly = true)
    List<HearingView.Contest> contests(PoliticalActor actor) {
        return contests.findByActorIdOrderByContestedAtDescIdDesc(actor.getId()).stream()
                .map(HearingView.Contest::of).toList();
    }
}
