package mx.captacion.helpdesk.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import mx.captacion.helpdesk.TicketStatus;

/** A status a ticket took, when and by whom: the reports' source as of a cut-off. */
@Entity
public class TicketStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private Instant at;
    @Column(name = "changed_by")
    private String changedBy;

    protected TicketStatusChange() {
    }

    TicketStatusChange(TicketStatus status, Instant at, String changedBy) {
        this.status = status;
        this.at = at;
        this.changedBy = changedBy;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Instant getAt() {
        return at;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
