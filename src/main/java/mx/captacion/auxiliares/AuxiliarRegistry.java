package mx.captacion.auxiliares;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.ActorLookup;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.internal.AuxiliarHistory;
import mx.captacion.auxiliares.internal.AuxiliarIds;
import mx.captacion.auxiliares.internal.AuxiliarRejection;
import mx.captacion.auxiliares.internal.AuxiliarSettings;
import mx.captacion.auxiliares.internal.SearchText;
import mx.captacion.mail.Mails;
import mx.captacion.platform.Validation;

/**
 * Alta and baja of an actor's auxiliares, and finding them. An alta starts the auxiliar's
 * lifecycle process ({@code processes/auxiliar-lifecycle.bpmn}); a baja ends it. Every public method
 * takes the actor, so a representative's request never reaches another organization's auxiliar.
 */
@Service
public class AuxiliarRegistry {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "name", "nombre", "email", "correo", "authenticationType", "tipo de autenticación");

    /** The baja's note: the column's length. */
    private static final int MAX_NOTE = 500;

    private final Auxiliares auxiliares;
    private final ActorLookup actors;
    private final AuxiliarIds ids;
    private final AuxiliarHistory history;
    private final Mails mails;
    private final RuntimeService runtime;
    private final Validator validator;
    private final Clock clock;
    private final Duration registrationTimeout;

    AuxiliarRegistry(Auxiliares auxiliares, ActorLookup actors, AuxiliarIds ids, AuxiliarHistory history,
                     Mails mails, RuntimeService runtime, Validator validator, Clock clock,
                     AuxiliarSettings settings) {
        this.auxiliares = auxiliares;
        this.actors = actors;
        this.ids = ids;
        this.history = history;
        this.mails = mails;
        this.runtime = runtime;
        this.validator = validator;
        this.clock = clock;
        this.registrationTimeout = settings.registrationTimeout();
    }

    /** Registers an auxiliar and issues its ID; the lifecycle process mails it and waits for the app. */
    @Transactional
    public Auxiliar alta(PoliticalActor actor, NewAuxiliar data) {
        Validation.require(validator, data, FIELD_NAMES);
        String email = data.email().trim();
        auxiliares.findActiveByEmail(actor.getId(), email).ifPresent(existing -> {
            throw AuxiliarRejection.CORREO_YA_REGISTRADO.problem(email, existing.getAuxiliarId().value());
        });
        Instant now = clock.instant();
        Auxiliar auxiliar = auxiliares.save(new Auxiliar(ids.next(), actor.getId(), data.name().trim(), email,
                data.authenticationType(), now));
        runtime.startProcessInstanceByKey(AuxiliarLifecycle.KEY, auxiliar.getAuxiliarId().value(), Map.of(
                AuxiliarLifecycle.VAR_AUXILIAR_ID, auxiliar.getAuxiliarId().value(),
                AuxiliarLifecycle.VAR_REGISTRATION_TIMEOUT, registrationTimeout.toString()));
        return auxiliar;
    }

    /**
     * Removes an auxiliar of the actor with a cause; the representative is told by mail.
     * {@code byIne} allows the causes only INE gives.
     */
    @Transactional
    public Auxiliar baja(PoliticalActor actor, AuxiliarId auxiliarId, BajaCause cause, String note, String by,
                         boolean byIne) {
        checkBaja(cause, note, byIne);
        Auxiliar auxiliar = auxiliares.lockByAuxiliarId(auxiliarId)
                .filter(found -> found.worksFor(actor.getId()))
                .orElseThrow(() -> AuxiliarRejection.AUXILIAR_DESCONOCIDO.problem(auxiliarId.value()));
        if (auxiliar.getStatus() == AuxiliarStatus.BAJA) {
            throw AuxiliarRejection.AUXILIAR_YA_DADO_DE_BAJA.problem(auxiliarId.value());
        }
        applyBaja(auxiliar, actor, cause, note == null || note.isBlank() ? null : note.trim(), by);
        // Ends the lifecycle wherever it waits; while the automated review runs there is no
        // subscription, and the review finds the baja under the row lock instead.
        runtime.createMessageCorrelation(AuxiliarLifecycle.MSG_BAJA)
                .processInstanceBusinessKey(auxiliar.getAuxiliarId().value())
                .correlateAllWithResult();
        return auxiliar;
    }

    /** Refuses a baja's cause and note before anything changes: also what the portal checks before asking to confirm. */
    public static void checkBaja(BajaCause cause, String note, boolean byIne) {
        if (cause == null) {
            throw AuxiliarRejection.DATO_INVALIDO.problem("causa");
        }
        if (cause.ineOnly() && !byIne) {
            throw AuxiliarRejection.CAUSA_SOLO_INE.problem(cause.label());
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw AuxiliarRejection.DATO_INVALIDO.problemSaying("largo", "observaciones", MAX_NOTE);
        }
    }

    /**
     * The same baja for an ID as typed in the portal or an API path: the cause and note are checked
     * first, as before, and text that cannot be an ID is refused like an ID the actor does not have.
     */
    @Transactional
    public Auxiliar baja(PoliticalActor actor, String typedId, BajaCause cause, String note, String by, boolean byIne) {
        checkBaja(cause, note, byIne);
        AuxiliarId auxiliarId = AuxiliarId.parse(typedId)
                .orElseThrow(() -> AuxiliarRejection.AUXILIAR_DESCONOCIDO.problem(typedId));
        return baja(actor, auxiliarId, cause, note, by, byIne);
    }

    /** A baja the platform gives (INE review, lapsed registration), from inside the lifecycle. */
    @Transactional
    public void bajaByPlatform(AuxiliarId auxiliarId, BajaCause cause) {
        Auxiliar auxiliar = auxiliares.lockByAuxiliarId(auxiliarId)
                .orElseThrow(() -> new IllegalStateException("No existe el auxiliar " + auxiliarId));
        if (auxiliar.getStatus() != AuxiliarStatus.BAJA) {
            PoliticalActor actor = actors.byId(auxiliar.getActorId());
            applyBaja(auxiliar, actor, cause, null, "revision-ine");
        }
    }

    private void applyBaja(Auxiliar auxiliar, PoliticalActor actor, BajaCause cause, String note, String by) {
        Instant now = clock.instant();
        auxiliar.giveBaja(cause, note, by, now);
        auxiliares.save(auxiliar);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("representante", actor.getRepresentativeName());
        model.put("actor", actor.getName());
        model.put("auxiliarId", auxiliar.getAuxiliarId().value());
        model.put("nombre", auxiliar.getName());
        model.put("causa", cause.label());
        mails.queue(actor.getRepresentativeEmail(), "auxiliar-baja", model);
    }

    @Transactional(readOnly = true)
    public Optional<Auxiliar> find(PoliticalActor actor, String auxiliarId) {
        return auxiliarId == null ? Optional.empty() : auxiliares.findOfActor(actor.getId(), auxiliarId.trim());
    }

    /** The actor's auxiliares, filtered by a text (ID, name or e-mail) and a status, both optional. */
    @Transactional(readOnly = true)
    public Page<Auxiliar> search(PoliticalActor actor, String text, AuxiliarStatus status, Pageable pageable) {
        String like = text == null || text.isBlank() ? null
                : "%" + SearchText.of(text.trim()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return auxiliares.search(actor.getId(), like, status, pageable);
    }

    /** How many auxiliares the actor has in each status, every status present. */
    @Transactional(readOnly = true)
    public Map<AuxiliarStatus, Long> countByStatus(PoliticalActor actor) {
        Map<AuxiliarStatus, Long> counts = new EnumMap<>(AuxiliarStatus.class);
        for (AuxiliarStatus status : AuxiliarStatus.values()) {
            counts.put(status, 0L);
        }
        auxiliares.countByStatus(actor.getId()).forEach(row -> counts.put((AuxiliarStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The statuses the actor's auxiliar held, oldest first; empty for another actor's auxiliar. */
    @Transactional(readOnly = true)
    public List<StatusPeriod> history(PoliticalActor actor, String auxiliarId) {
        return find(actor, auxiliarId).map(history::of).orElse(List.of());
    }
}
