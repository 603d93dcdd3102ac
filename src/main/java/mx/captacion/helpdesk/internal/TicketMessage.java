package mx.captacion.helpdesk.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One message of a ticket's conversation. */
@Entity
public class TicketMessage {

    public enum Kind {
        /** From the requester. */
        ENTRADA,
        /** The help desk's answer, sent by the ticket's channel. */
        RESPUESTA,
        /** Internal (soporte técnico's note); never sent to the requester. */
        NOTA
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String author;
    private String body;
    private Instant at;

    protected TicketMessage() {
    }

    TicketMessage(Kind kind, String author, String body, Instant at) {
        this.kind = kind;
        this.author = author;
        this.body = body == null ? "" : body;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getAt() {
        return at;
    }
}
