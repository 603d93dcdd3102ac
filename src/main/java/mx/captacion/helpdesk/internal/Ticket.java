package mx.captacion.helpdesk.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.helpdesk.HelpDeskLevel;
import mx.captacion.helpdesk.NewTicket;
import mx.captacion.helpdesk.TicketChannel;
import mx.captacion.helpdesk.TicketStatus;
import mx.captacion.helpdesk.TicketType;

/**
 * A help-desk ticket: who asked, by which channel, what about (its types), and every status it
 * went through with the instant, so reports can be computed as of any cut-off.
 */
@Entity
public class Ticket {

    /** The ticket number's prefix: see {@link #numberOf(Long)}. */
    static final String PREFIX = "SA-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private TicketChannel channel;
    @Enumerated(EnumType.STRING)
    private HelpDeskLevel level;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private String requesterName;
    private String requesterAddress;
    private String subject;
    private Long actorId;
    private String auxiliarId;
    private String types;
    private String otherType;
    private Instant openedAt;
    private String openedBy;
    private Instant firstAnsweredAt;
    private Instant lastAnsweredAt;
    private Instant closedAt;
    private Instant firstAnswerDue;
    private Instant resolutionDue;
    private Instant firstAnswerBreachedAt;
    private Instant resolutionBreachedAt;
    private String searchText;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ticket_id", nullable = false)
    @OrderBy("at, id")
    private List<TicketMessage> messages = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ticket_id", nullable = false)
    @OrderBy("at, id")
    private List<TicketStatusChange> history = new ArrayList<>();

    static final String UNTYPED = "Sin tipificar";

    protected Ticket() {
    }

    public Ticket(NewTicket request, Long actorId, Instant at, Instant firstAnswerDue, Instant resolutionDue) {
        this.channel = request.channel();
        this.level = request.level() == null ? HelpDeskLevel.MATO : request.level();
        this.requesterName = request.requesterName().strip();
        this.requesterAddress = blankToNull(request.requesterAddress());
        this.subject = request.subject().strip();
        this.actorId = actorId;
        this.auxiliarId = blankToNull(request.auxiliarId());
        this.openedAt = at;
        this.openedBy = request.openedBy();
        this.firstAnswerDue = firstAnswerDue;
        this.resolutionDue = resolutionDue;
        this.types = encodeTypes(request.types() == null ? List.of() : request.types());
        this.otherType = blankToNull(request.otherType());
        this.messages.add(new TicketMessage(TicketMessage.Kind.ENTRADA, requesterName, request.body(), at));
        changeStatus(types.isEmpty() ? TicketStatus.NUEVO : TicketStatus.EN_ATENCION, at, request.openedBy());
        refreshSearchText();
    }

    /** Lower case without accents, so "MARÍA" finds "Maria" (the search of seed table 10). */
    public static String searchable(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private void refreshSearchText() {
        StringBuilder text = new StringBuilder(requesterName).append(' ').append(subject);
        messages.stream().map(TicketMessage::getAuthor).distinct().forEach(author -> text.append(' ').append(author));
        String normalized = searchable(text.toString());
        this.searchText = normalized.length() > 2000 ? normalized.substring(0, 2000) : normalized;
    }

    /** The auxiliar, unlike the one a new ticket names as reported, is one the help desk found (or none). */
    void triage(Collection<TicketType> newTypes, String other, Long actor, AuxiliarId auxiliar, Instant at, String by) {
        this.types = encodeTypes(newTypes);
        this.otherType = newTypes.contains(TicketType.OTRA) ? blankToNull(other) : null;
        this.actorId = actor;
        this.auxiliarId = auxiliar == null ? null : auxiliar.value();
        changeStatus(TicketStatus.EN_ATENCION, at, by);
    }

    void escalate(Instant at, String by) {
        changeStatus(TicketStatus.ESCALADO, at, by);
    }

    void backFromTechnicalSupport(String note, Instant at, String by) {
        messages.add(new TicketMessage(TicketMessage.Kind.NOTA, by, note, at));
        changeStatus(TicketStatus.EN_ATENCION, at, by);
    }

    public void answer(String text, Instant at, String by) {
        messages.add(new TicketMessage(TicketMessage.Kind.RESPUESTA, by, text, at));
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
        }
        lastAnsweredAt = at;
        changeStatus(TicketStatus.RESPONDIDO, at, by);
        refreshSearchText();
    }

    /** The requester wrote again; an answered ticket goes back to the help desk. */
    void receive(String from, String body, Instant at) {
        messages.add(new TicketMessage(TicketMessage.Kind.ENTRADA, from, body, at));
        refreshSearchText();
    }

    void reopen(Instant at, String by) {
        changeStatus(TicketStatus.EN_ATENCION, at, by);
    }

    void close(Instant at, String by) {
        closedAt = at;
        changeStatus(TicketStatus.CERRADO, at, by);
    }

    /** Records the breach once; false when the first answer came in time. */
    boolean firstAnswerDeadlinePassed(Instant at) {
        if (firstAnswerBreachedAt != null || (firstAnsweredAt != null && !firstAnsweredAt.isAfter(firstAnswerDue))) {
            return false;
        }
        firstAnswerBreachedAt = at;
        return true;
    }

    /** Records the breach once; false when the ticket was not on the help desk's side. */
    boolean resolutionDeadlinePassed(Instant at) {
        if (resolutionBreachedAt != null || !status.pendingOnHelpDesk()) {
            return false;
        }
        resolutionBreachedAt = at;
        return true;
    }

    private void changeStatus(TicketStatus next, Instant at, String by) {
        this.status = next;
        history.add(new TicketStatusChange(next, at, by == null ? "sistema" : by));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String number() {
        return numberOf(id);
    }

    /**
     * How people name a ticket: in mail subjects, on the phone, in the portal. «SA», for
     * «solicitud de atención», since Mi Apoyo's receipts took «MA-» (a citizen's receipt and a
     * ticket must not be told apart by their length alone). The number is the id, so every ticket,
     * old ones included, reads «SA-» now; a mail answered under the old «MA-» subject still finds its
     * ticket, because replies are matched by their Message-ID headers, never by the subject.
     */
    public static String numberOf(Long id) {
        return PREFIX + "%06d".formatted(id);
    }

    public List<TicketType> typeList() {
        return decodeTypes(types);
    }

    /** The types as the seed's table 11 writes a combination: "*A *B", OTRA with its text. */
    public String typesLabel() {
        List<TicketType> list = typeList();
        if (list.isEmpty()) {
            return UNTYPED;
        }
        List<String> labels = list.stream().map(type -> type == TicketType.OTRA && otherType != null
                ? "OTRA (" + otherType + ")" : type.label()).toList();
        return labels.size() == 1 ? labels.get(0) : "*" + String.join(" *", labels);
    }

    /**
     * The types as the help desk knew them at an instant. A ticket leaves NUEVO only through its
     * triage, so one still NUEVO then had no types yet, whatever it was given later.
     */
    public String typesLabelAt(Instant at) {
        boolean typed = history.stream().anyMatch(change -> !change.getAt().isAfter(at) && change.getStatus() != TicketStatus.NUEVO);
        return typed ? typesLabel() : UNTYPED;
    }

    public Long getId() {
        return id;
    }

    public TicketChannel getChannel() {
        return channel;
    }

    public HelpDeskLevel getLevel() {
        return level;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getRequesterAddress() {
        return requesterAddress;
    }

    public String getSubject() {
        return subject;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAuxiliarId() {
        return auxiliarId;
    }

    public String getOtherType() {
        return otherType;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Instant getLastAnsweredAt() {
        return lastAnsweredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getFirstAnswerDue() {
        return firstAnswerDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public Instant getFirstAnswerBreachedAt() {
        return firstAnswerBreachedAt;
    }

    public Instant getResolutionBreachedAt() {
        return resolutionBreachedAt;
    }

    public List<TicketMessage> getMessages() {
        return List.copyOf(messages);
    }

    public List<TicketStatusChange> getHistory() {
        return List.copyOf(history);
    }

    /** Stored form: the catalog's order, so one combination is always written the same way. */
    private static String encodeTypes(Collection<TicketType> types) {
        return types.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<TicketType> decodeTypes(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(TicketType::valueOf).toList();
    }
}
