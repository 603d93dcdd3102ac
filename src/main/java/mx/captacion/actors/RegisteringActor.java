package mx.captacion.actors;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.mail.Mails;
import mx.captacion.platform.PublicUrl;
import mx.captacion.platform.Roles;
import mx.captacion.platform.Sequences;
import mx.captacion.platform.Users;
import mx.captacion.platform.Validation;

/**
 * INE staff register a political actor in a capture process: it gets a folio and its
 * representative a portal account (user = the folio in lower case, group {@code representante})
 * with a temporary password that only the mail carries. One transaction: the actor, the account
 * (Camunda's identity tables share it) and the queued mail exist together or not at all.
 */
@Service
public class RegisteringActor {

    static final String CREDENTIALS_MAIL = "representante-credenciales";

    private final CaptureProcesses processes;
    private final PoliticalActors actors;
    private final Sequences sequences;
    private final IdentityService identity;
    private final Mails mails;
    private final PublicUrl publicUrl;
    private final Validator validator;
    private final Clock clock;

    RegisteringActor(CaptureProcesses processes, PoliticalActors actors, Sequences sequences, IdentityService identity,
                     Mails mails, PublicUrl publicUrl, Validator validator, Clock clock) {
        this.processes = processes;
        this.actors = actors;
        this.sequences = sequences;
        this.identity = identity;
        this.mails = mails;
        this.publicUrl = publicUrl;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public PoliticalActor register(String processCode, NewActor data) {
        CaptureProcess process = processes.findByCode(processCode == null ? "" : processCode)
                .orElseThrow(() -> ActorRejection.PROCESO_DESCONOCIDO.problem(processCode));
        Validation.require(validator, data, NewActor.FIELD_NAMES);
        String name = data.name().trim().replaceAll("\\s+", " ");
        if (actors.isRegistered(process, name)) {
            throw ActorRejection.ACTOR_YA_REGISTRADO.problem(name, process.getCode());
        }
        Instant now = clock.instant();
        Folio folio = Folio.issue(now.atZone(CaptureProcess.ZONE).toLocalDate(),
                sequences.next("captacion.folio_number"));
        PoliticalActor actor = new PoliticalActor(process, folio, name, data.representativeName().trim(),
                data.representativeEmail().trim(), now);
        actor.setRepresentativeUser(folio.value().toLowerCase());
        try {
            actors.saveAndFlush(actor);
        } catch (DataIntegrityViolationException concurrent) {
            // registered a moment ago by someone else: the unique key (process, name) decides
            throw ActorRejection.ACTOR_YA_REGISTRADO.problem(name, process.getCode());
        }
        String password = Users.ensureWithTemporaryPassword(identity, actor.getRepresentativeUser(),
                        actor.getRepresentativeName(), name, List.of(Roles.REPRESENTANTE))
                .orElseThrow(() -> new IllegalStateException("Ya existe la cuenta " + actor.getRepresentativeUser()));
        mails.queue(actor.getRepresentativeEmail(), CREDENTIALS_MAIL, credentials(actor, password));
        return actor;
    }

    private Map<String, Object> credentials(PoliticalActor actor, String password) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("representante", actor.getRepresentativeName());
        model.put("actor", actor.getName());
        model.put("folio", actor.getFolio().value());
        model.put("proceso", actor.getProcess().getName());
        model.put("usuario", actor.getRepresentativeUser());
        model.put("contrasena", password);
        model.put("portal", publicUrl.of("/login"));
        model.put("cambioDeContrasena", publicUrl.of("/cuenta/contrasena"));
        return model;
    }
}
