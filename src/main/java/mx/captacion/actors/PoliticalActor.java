package mx.captacion.actors;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import mx.captacion.actors.internal.Representatives;

/** An organization taking part in a capture process, known by its folio. */
@Entity
public class PoliticalActor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    private CaptureProcess process;
    private String folio;
    private String name;
    private String representativeName;
    private String representativeEmail;
    private Instant registeredAt;
    /** The portal user who acts for the actor (see {@link Representatives}). */
    private String representativeUser;

    protected PoliticalActor() {
    }

    public PoliticalActor(CaptureProcess process, Folio folio, String name, String representativeName,
                          String representativeEmail, Instant registeredAt) {
        this.process = process;
        this.folio = folio.value();
        this.name = name;
        this.representativeName = representativeName;
        this.representativeEmail = representativeEmail;
        this.registeredAt = registeredAt;
    }

    public boolean takesPartIn(CaptureProcess other) {
        return process.getId().equals(other.getId());
    }

    public Long getId() {
        return id;
    }

    public CaptureProcess getProcess() {
        return process;
    }

    public Folio getFolio() {
        return new Folio(folio);
    }

    public String getName() {
        return name;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public String getRepresentativeEmail() {
        return representativeEmail;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRepresentativeUser() {
        return representativeUser;
    }

    public void setRepresentativeUser(String representativeUser) {
        this.representativeUser = representativeUser;
    }
}
