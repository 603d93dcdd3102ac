package mx.captacion.helpdesk;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.helpdesk.internal.SupportTicketProcess;
import mx.captacion.helpdesk.internal.Tickets;

/**
 * The help desk's work at hand, read from the tickets and the open tasks of their processes: what
 * an agent's home page lists, and the task a ticket's page links to in Tasklist.
 */
@Service
public class HelpDeskWork {

    /** Tasks listed on a home page: the oldest first, as they are due first. */
    static final int LISTED_TASKS = 20;

    private final Tickets tickets;
    private final TaskService tasks;

    HelpDeskWork(Tickets tickets, TaskService tasks) {
        this.tickets = tickets;
        this.tasks = tasks;
    }

    /** An open task of a ticket, as Tasklist names it. */
    public record OpenTask(String taskId, String name, Instant createdAt, long ticketId,
                           String ticketNumber, String subject) {

        /** Tasklist opens the task itself from this address. */
        public String tasklistPath() {
            return "/camunda/app/tasklist/default/#/?task=" + taskId;
        }
    }

    /** How many tickets stand in each status that is not closed, and the oldest open tasks of the groups. */
    public record Summary(Map<TicketStatus, Long> openTickets, long openTaskCount, List<OpenTask> openTasks) {

        public long pendingOnHelpDesk() {
            return openTickets.entrySet().stream().filter(e -> e.getKey().pendingOnHelpDesk())
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** The summary for someone in the given groups (their tasks only: the engine's candidate groups). */
    @Transactional(readOnly = true)
    public Summary summary(Collection<String> groups) {
        Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            if (status != TicketStatus.CERRADO) {
                byStatus.put(status, tickets.countByStatus(status));
            }
        }
        if (groups.isEmpty()) {
            return new Summary(byStatus, 0, List.of());
        }
        var query = tasks.createTaskQuery().processDefinitionKey(SupportTicketProcess.KEY).taskCandidateGroupIn(List.copyOf(groups))
                .includeAssignedTasks().active();
        long count = query.count();
        List<Task> oldest = query.orderByTaskCreateTime().asc().listPage(0, LISTED_TASKS);
        return new Summary(byStatus, count, oldest.stream().map(this::openTask).flatMap(Optional::stream).toList());
    }

    /** The ticket's open task, if one waits (none while it waits on the requester, or once closed). */
    @Transactional(readOnly = true)
    public Optional<OpenTask> openTaskOf(long ticketId) {
        return tasks.createTaskQuery().processDefinitionKey(SupportTicketProcess.KEY)
                .processInstanceBusinessKey(Long.toString(ticketId)).active().list().stream().findFirst()
                .flatMap(this::openTask);
    }

    private Optional<OpenTask> openTask(Task task) {
        String businessKey = tasks.getVariable(task.getId(), SupportTicketProcess.VAR_TICKET_ID) instanceof String id ? id : null;
        if (businessKey == null) {
            return Optional.empty();
        }
        long ticketId = Long.parseLong(businessKey);
        return tickets.findById(ticketId).map(ticket -> new OpenTask(task.getId(), task.getName(),
                task.getCreateTime().toInstant(), ticketId, ticket.number(), ticket.getSubject()));
    }
}
