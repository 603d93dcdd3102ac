package mx.captacion.auxiliares;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.actors.PoliticalActor;
import mx.captacion.mail.Mails;

/**
 * Alta and baja of an actor's auxiliares, and finding them. Every method takes the actor, so a
 * representative's request never reaches another organization's auxiliar.
 */
@Service
public class AuxiliarRegistry {

    private final Auxiliares auxiliares;
    private final AuxiliarIds ids;
    private final AuxiliarHistory history;
    private final Mails mails;
    private final Validator validator;
    private final Clock clock;

    AuxiliarRegistry(Auxiliares auxiliares, AuxiliarIds ids, AuxiliarHistory history, Mails mails, Validator validator,
                     Clock clock) {
        this.auxiliares = auxiliares;
        this.ids = ids;
        this.history = history;
        this.mails = mails;
        this.validator = validator;
        this.clock = clock;
    }

    /** Registers an auxiliar, issues its ID and mails it to the auxiliar. */
    @Transactional
    public Auxiliar alta(PoliticalActor actor, NewAuxiliar data) {
        validator.validate(data).stream()
                .min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw AuxiliarRejection.DATO_INVALIDO.problem(field(v.getPropertyPath().toString()), v.getMessage());
                });
        String email = data.email().trim();
        auxiliares.findActiveByEmail(actor.getId(), email).ifPresent(existing -> {
            throw AuxiliarRejection.CORREO_YA_REGISTRADO.problem(email, existing.getAuxiliarId());
        });
        Instant now = clock.instant();
        Auxiliar auxiliar = auxiliares.save(new Auxiliar(ids.next(), actor.getId(), data.name().trim(), email,
                data.authenticationType(), now));
        history.append(auxiliar, now);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("nombre", auxiliar.getName());
        model.put("auxiliarId", auxiliar.getAuxiliarId());
        model.put("actor", actor.getName());
        model.put("folio", actor.getFolio().value());
        model.put("autenticacion", auxiliar.getAuthenticationType().label());
        mails.queue(email, "auxiliar-alta", model);
        return auxiliar;
    }

    /**
     * Removes an auxiliar of the actor with a cause; the representative is told by mail.
     * {@code byIne} allows the causes only INE gives.
     */
    @Transactional
    public Auxiliar baja(PoliticalActor actor, String auxiliarId, BajaCause cause, String note, String by,
                         boolean byIne) {
        if (cause == null) {
            throw AuxiliarRejection.DATO_INVALIDO.problem("causa", "es obligatorio");
        }
        if (cause.ineOnly() && !byIne) {
            throw AuxiliarRejection.CAUSA_SOLO_INE.problem(cause.label());
        }
        if (note != null && note.length() > 500) {
            throw AuxiliarRejection.DATO_INVALIDO.problem("observaciones", "admite a lo más 500 caracteres");
        }
        Auxiliar auxiliar = auxiliares.findOfActor(actor.getId(), auxiliarId == null ? "" : auxiliarId.trim())
                .orElseThrow(() -> AuxiliarRejection.AUXILIAR_DESCONOCIDO.problem(auxiliarId));
        if (auxiliar.getStatus() == AuxiliarStatus.BAJA) {
            throw AuxiliarRejection.AUXILIAR_YA_DADO_DE_BAJA.problem(auxiliarId);
        }
        Instant now = clock.instant();
        auxiliar.giveBaja(cause, note == null || note.isBlank() ? null : note.trim(), by, now);
        history.append(auxiliar, now);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("representante", actor.getRepresentativeName());
        model.put("actor", actor.getName());
        model.put("auxiliarId", auxiliar.getAuxiliarId());
        model.put("nombre", auxiliar.getName());
        model.put("causa", cause.label());
        mails.queue(actor.getRepresentativeEmail(), "auxiliar-baja", model);
        return auxiliar;
    }

    @Transactional(readOnly = true)
    public Optional<Auxiliar> find(PoliticalActor actor, String auxiliarId) {
        return auxiliarId == null ? Optional.empty() : auxiliares.findOfActor(actor.getId(), auxiliarId.trim());
    }

    /** The actor's auxiliares, filtered by a text (ID, name or e-mail) and a status, both optional. */
    @Transactional(readOnly = true)
    public Page<Auxiliar> search(PoliticalActor actor, String text, AuxiliarStatus status, Pageable pageable) {
        String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
        return auxiliares.search(actor.getId(), like, status, pageable);
    }

    private static String field(String property) {
        return switch (property) {
            case "name" -> "nombre";
            case "email" -> "correo";
            case "authenticationType" -> "tipo de autenticación";
            default -> property;
        };
    }
}
