package mx.captacion.auxiliares;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import mx.captacion.auxiliares.internal.DeviceTokens;
import mx.captacion.auxiliares.internal.SearchText;

/**
 * A gatherer registered by an actor; known to the app by the auxiliar ID mailed to them.
 *
 * <p>The alta, the app registration and the baja each take their instant and register an
 * {@link AuxiliarStatusChanged}, published when the auxiliar is saved, and {@code AuxiliarHistory}
 * writes the history row in the same transaction (see {@code CitizenRecord} for why this way).
 */
@Entity
public class Auxiliar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The public ID (see {@link AuxiliarId}), kept as its column's text like the actor's folio. */
    private String auxiliarId;
    private Long actorId;
    private String name;
    private String email;
    @Enumerated(EnumType.STRING)
    private AuxiliarStatus status;
    private Instant registeredAt;
    @Enumerated(EnumType.STRING)
    private AuthenticationType authenticationType = AuthenticationType.CORREO;
    private String claveElector;
    private String anversoHash;
    private String reversoHash;
    private String deviceTokenHash;
    private Instant appRegisteredAt;
    @Enumerated(EnumType.STRING)
    private BajaCause bajaCause;
    private String bajaNote;
    private String bajaBy;
    private Instant bajaAt;
    /** ID, name and e-mail normalized for the portal's search (see {@link SearchText}). */
    private String searchText;
    /** Registered by the status changes below, published and cleared on save. */
    @Transient
    private final List<AuxiliarStatusChanged> statusChanges = new ArrayList<>();

    protected Auxiliar() {
    }

    /**
     * An auxiliar as it already stands, with no history of its own (the integration tests' fixtures,
     * written straight into the table); an alta uses the constructor below.
     */
    public Auxiliar(AuxiliarId auxiliarId, Long actorId, String name, String email, AuxiliarStatus status,
                    Instant registeredAt) {
        this.auxiliarId = auxiliarId.value();
        this.actorId = actorId;
        this.name = name;
        this.email = email;
        this.status = status;
        this.registeredAt = registeredAt;
        this.searchText = SearchText.of(this.auxiliarId, name, email);
    }

    public Auxiliar(AuxiliarId auxiliarId, Long actorId, String name, String email, AuthenticationType authenticationType,
                    Instant registeredAt) {
        this(auxiliarId, actorId, name, email, AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP, registeredAt);
        this.authenticationType = authenticationType;
        statusChanged(registeredAt);
    }

    @DomainEvents
    List<AuxiliarStatusChanged> statusChanges() {
        return List.copyOf(statusChanges);
    }

    @AfterDomainEventPublication
    void statusChangesPublished() {
        statusChanges.clear();
    }

    private void statusChanged(Instant at) {
        statusChanges.add(new AuxiliarStatusChanged(this, status, bajaCause, at));
    }

    /** The app registration: the credential read by the app and the hash of the token it will carry. */
    void registerInApp(String claveElector, String anversoHash, String reversoHash, String deviceTokenHash,
                       Instant at) {
        if (status != AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP) {
            throw new IllegalStateException("El auxiliar " + auxiliarId + " no espera registro en la aplicación");
        }
        this.claveElector = claveElector;
        this.anversoHash = anversoHash;
        this.reversoHash = reversoHash;
        this.deviceTokenHash = deviceTokenHash;
        this.appRegisteredAt = at;
        this.status = AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP;
        statusChanged(at);
    }

    /** Removes the auxiliar for good: its ID and device token stop working. */
    void giveBaja(BajaCause cause, String note, String by, Instant at) {
        if (status == AuxiliarStatus.BAJA) {
            throw new IllegalStateException("El auxiliar " + auxiliarId + " ya fue dado de baja");
        }
        this.status = AuxiliarStatus.BAJA;
        this.bajaCause = cause;
        this.bajaNote = note;
        this.bajaBy = by;
        this.bajaAt = at;
        this.deviceTokenHash = null;
        statusChanged(at);
    }

    /** Only an auxiliar registered in the app sends records. */
    public boolean maySendRecords() {
        return status == AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP;
    }

    /** Whether the token is the one issued to this auxiliar's device (never true after a baja). */
    public boolean carries(String deviceToken) {
        return DeviceTokens.matches(deviceToken, deviceTokenHash);
    }

    public boolean worksFor(Long actor) {
        return actorId.equals(actor);
    }

    public Long getId() {
        return id;
    }

    public AuxiliarId getAuxiliarId() {
        return new AuxiliarId(auxiliarId);
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

    public AuthenticationType getAuthenticationType() {
        return authenticationType;
    }

    public String getClaveElector() {
        return claveElector;
    }

    public String getAnversoHash() {
        return anversoHash;
    }

    public String getReversoHash() {
        return reversoHash;
    }

    /**
     * The stored credential image of one side as the portal's addresses name it ({@code anverso} or
     * {@code reverso}); empty for any other name or before the app sent it.
     */
    public Optional<String> credentialHash(String side) {
        return Optional.ofNullable(switch (side) {
            case "anverso" -> anversoHash;
            case "reverso" -> reversoHash;
            default -> null;
        });
    }

    public Instant getAppRegisteredAt() {
        return appRegisteredAt;
    }

    public BajaCause getBajaCause() {
        return bajaCause;
    }

    public String getBajaNote() {
        return bajaNote;
    }

    public String getBajaBy() {
        return bajaBy;
    }

    public Instant getBajaAt() {
        return bajaAt;
    }
}
