package mx.captacion.auxiliares;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A gatherer registered by an actor; known to the app by the auxiliar ID mailed to them. */
@Entity
public class Auxiliar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String auxiliarId;
    private Long actorId;
    private String name;
    private String email;
    @Enumerated(EnumType.STRING)
    private AuxiliarStatus status;
    private Instant registeredAt;

    protected Auxiliar() {
    }

    public Auxiliar(String auxiliarId, Long actorId, String name, String email, AuxiliarStatus status,
                    Instant registeredAt) {
        this.auxiliarId = auxiliarId;
        this.actorId = actorId;
        this.name = name;
        this.email = email;
        this.status = status;
        this.registeredAt = registeredAt;
    }

    /** Only an auxiliar registered in the app sends records. */
    public boolean maySendRecords() {
        return status == AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP;
    }

    public boolean worksFor(Long actor) {
        return actorId.equals(actor);
    }

    public Long getId() {
        return id;
    }

    public String getAuxiliarId() {
        return auxiliarId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public AuxiliarStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
