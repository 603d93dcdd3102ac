package mx.captacion.helpdesk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.helpdesk.internal.Ticket;
import mx.captacion.helpdesk.internal.TicketMessage;
import mx.captacion.helpdesk.internal.TicketStatusChange;
import mx.captacion.helpdesk.internal.Tickets;
import mx.captacion.platform.Cutoffs;

/**
 * The help desk's reports, as of a cut-off: what the desk knew then. A ticket counts when it was
 * opened in the period and by the cut-off; its status, answers and times are those of its
 * history up to the cut-off, so a later answer never changes a report already given; a ticket
 * not yet typed at the cut-off counts as «Sin tipificar». The actor is the ticket's current one:
 * who the requester spoke for is a fact of the request, even when the MATO linked it later.
 *
 * <p>Public and simple on purpose: the nota informativa's sections 10–12 are built from these.
 */
@Service
public class HelpDeskReports {

    /** The tickets of a period (days in central Mexico time, both included), one actor or all (null). */
    public record Scope(LocalDate from, LocalDate to, Instant cutoff, Long actorId) {
    }

    /** A line of seed table 11: a type (or combination of types) by channel. */
    public record TypeChannelRow(int consecutive, String types, String channel, long total) {
    }

    /** A line of seed table 12. {@code answeredOn} is null while unanswered at the cut-off. */
    public record DetailRow(String number, LocalDate openedOn, String requester, String channel, String subject,
                            String reason, String attention, LocalDate answeredOn, String status) {
    }

    /** Times in hours; the averages are null when no ticket had one. */
    public record Times(long tickets, long answered, Double averageHoursToFirstAnswer, long resolved,
                        Double averageHoursToResolution, long firstAnswerBreaches, long resolutionBreaches,
                        long pending) {
    }

    private final Tickets tickets;

    HelpDeskReports(Tickets tickets) {
        this.tickets = tickets;
    }

    /**
     * Seed table 11. A ticket of several types counts once, under its combination (written as the
     * seed writes it, "*A *B", in the catalog's order), so the total is the number of tickets.
     */
    @Transactional(readOnly = true)
    public List<TypeChannelRow> byTypeAndChannel(Scope scope) {
        Map<List<Object>, Long> counts = tickets(scope).stream().collect(Collectors.groupingBy(
                ticket -> List.of(ticket.typesLabelAt(scope.cutoff()), ticket.getChannel()), LinkedHashMap::new, Collectors.counting()));
        List<TypeChannelRow> rows = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<Object>, Long> e) -> ((TicketChannel) e.getKey().get(1)).ordinal())
                        .thenComparing(e -> (String) e.getKey().get(0)))
                .forEach(e -> rows.add(new TypeChannelRow(rows.size() + 1, (String) e.getKey().get(0),
                        ((TicketChannel) e.getKey().get(1)).label(), e.getValue())));
        return rows;
    }

    /** Seed table 12: date, who was attended, the reason, the attention (answers) and its date. */
    @Transactional(readOnly = true)
    public List<DetailRow> detail(Scope scope) {
        return tickets(scope).stream().map(ticket -> {
            List<TicketMessage> known = messagesAt(ticket, scope.cutoff());
            String reason = known.stream().filter(m -> m.getKind() == TicketMessage.Kind.ENTRADA)
                    .map(TicketMessage::getBody).collect(Collectors.joining("\n\n"));
            List<TicketMessage> answers = known.stream().filter(m -> m.getKind() == TicketMessage.Kind.RESPUESTA).toList();
            String attention = answers.stream().map(TicketMessage::getBody).collect(Collectors.joining("\n\n"));
            LocalDate answeredOn = answers.isEmpty() ? null : LocalDate.ofInstant(answers.get(0).getAt(), Cutoffs.ZONE);
            return new DetailRow(ticket.number(), LocalDate.ofInstant(ticket.getOpenedAt(), Cutoffs.ZONE),
                    ticket.getRequesterName(), ticket.getChannel().label(), ticket.getSubject(), reason, attention,
                    answeredOn, statusAt(ticket, scope.cutoff()).map(TicketStatus::label).orElse(""));
        }).toList();
    }

    /**
     * Time to first answer (opened → first answer) and to resolution (opened → the answer that
     * left the ticket off the help desk's side, for tickets not pending at the cut-off).
     */
    @Transactional(readOnly = true)
    public Times times(Scope scope) {
        List<Ticket> found = tickets(scope);
        Instant cutoff = scope.cutoff();
        List<Duration> toFirst = new ArrayList<>();
        List<Duration> toResolution = new ArrayList<>();
        long pending = 0;
        long firstBreaches = 0;
        long resolutionBreaches = 0;
        for (Ticket ticket : found) {
            List<TicketStatusChange> history = historyAt(ticket, cutoff);
            history.stream().filter(c -> c.getStatus() == TicketStatus.RESPONDIDO).findFirst()
                    .ifPresent(first -> toFirst.add(Duration.between(ticket.getOpenedAt(), first.getAt())));
            TicketStatus now = history.get(history.size() - 1).getStatus();
            if (now.pendingOnHelpDesk()) {
                pending++;
            } else {
                history.stream().filter(c -> c.getStatus() == TicketStatus.RESPONDIDO).reduce((a, b) -> b)
                        .ifPresent(last -> toResolution.add(Duration.between(ticket.getOpenedAt(), last.getAt())));
            }
            if (ticket.getFirstAnswerBreachedAt() != null && !ticket.getFirstAnswerBreachedAt().isAfter(cutoff)) {
                firstBreaches++;
            }
            if (ticket.getResolutionBreachedAt() != null && !ticket.getResolutionBreachedAt().isAfter(cutoff)) {
                resolutionBreaches++;
            }
        }
        return new Times(found.size(), toFirst.size(), averageHours(toFirst), toResolution.size(),
                averageHours(toResolution), firstBreaches, resolutionBreaches, pending);
    }

    private List<Ticket> tickets(Scope scope) {
        Instant from = scope.from().atStartOfDay(Cutoffs.ZONE).toInstant();
        Instant endOfPeriod = scope.to().plusDays(1).atStartOfDay(Cutoffs.ZONE).toInstant().minusNanos(1);
        Instant to = endOfPeriod.isBefore(scope.cutoff()) ? endOfPeriod : scope.cutoff();
        return tickets.openedBetween(from, to, scope.actorId());
    }

    static Optional<TicketStatus> statusAt(Ticket ticket, Instant cutoff) {
        List<TicketStatusChange> history = historyAt(ticket, cutoff);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).getStatus());
    }

    private static List<TicketStatusChange> historyAt(Ticket ticket, Instant cutoff) {
        return ticket.getHistory().stream().filter(c -> !c.getAt().isAfter(cutoff)).toList();
    }

    private static List<TicketMessage> messagesAt(Ticket ticket, Instant cutoff) {
        return ticket.getMessages().stream().filter(m -> !m.getAt().isAfter(cutoff)).toList();
    }

    private static Double averageHours(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        double seconds = durations.stream().mapToLong(Duration::toSeconds).average().orElse(0);
        return Math.round(seconds / 36.0) / 100.0;
    }
}
