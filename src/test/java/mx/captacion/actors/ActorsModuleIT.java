package mx.captacion.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import mx.captacion.ModuleBeans;
import mx.captacion.ModuleIntegrationTest;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.ReceivingRecord;

/**
 * Political actors started alone (with the mail outbox and the platform): INE creates a process,
 * registers an actor in it, and the actor's representative reaches its own organization only; the
 * refusals carry their code and bundle message. Identity has no beans (only value types), so it has no
 * context of its own: here it is proven absent, as are the modules that depend on actors.
 */
@ModuleIntegrationTest
class ActorsModuleIT {

    @Autowired
    CreatingCaptureProcess creating;
    @Autowired
    RegisteringActor registering;
    @Autowired
    ActorLookup lookup;
    @Autowired
    ActorAccess access;
    @Autowired
    CaptureProcesses processes;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProcessIsCreatedOnceAndAnActorRegisteredInItGetsAFolioAnAccountAndItsMail() {
        String code = "MOD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CaptureProcess created = creating.create(newProcess(code, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)));
        assertThat(processes.findByCode(code)).get().extracting(CaptureProcess::getId).isEqualTo(created.getId());

        assertThatThrownBy(() -> creating.create(newProcess(code, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("PROCESO_YA_EXISTE");
                    assertThat(problem.httpStatus()).isEqualTo(409);
                    assertThat(problem.getMessage()).isEqualTo("Ya existe un proceso de captación con la clave '" + code + "'.");
                });

        String email = code.toLowerCase() + "@captacion.example";
        PoliticalActor actor = registering.register(code, new NewActor("Agrupación " + code, "Ana Pérez", email));
        assertThat(lookup.byFolio(actor.getFolio().value()).getId()).isEqualTo(actor.getId());
        assertThat(identity.createUserQuery().userId(actor.getRepresentativeUser()).count()).isOne();
        assertThat(jdbc.queryForObject("select subject from captacion.mail_outbox where recipient = ?", String.class, email))
                .isEqualTo("Su cuenta del Sistema de Captación — folio " + actor.getFolio().value());

        assertThatThrownBy(() -> registering.register(code, new NewActor(" Agrupación  " + code, "Otra", email)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.getMessage()).isEqualTo(
                        "El actor político «Agrupación " + code + "» ya está registrado en el proceso '" + code
                                + "'; no se registró de nuevo."));

        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(actor.getRepresentativeUser(), null, "representante"));
        assertThat(access.current().getId()).isEqualTo(actor.getId());
        assertThatThrownBy(() -> access.own(Optional.of(-1L), id -> id, "el auxiliar «AUX-X»"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("NO_ENCONTRADO");
                    assertThat(problem.httpStatus()).isEqualTo(404);
                    assertThat(problem.getMessage()).isEqualTo("No se encontró el auxiliar «AUX-X» en su organización.");
                });
    }

    @Test
    void refusalsCarryTheirCodeStatusAndMessage() {
        assertThatThrownBy(() -> creating.create(newProcess("MOD-PERIODO", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 1, 31))))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("PERIODO_INVALIDO");
                    assertThat(problem.getMessage()).isEqualTo("El periodo termina (31/01/2027) antes de empezar (01/02/2027).");
                });
        assertThatThrownBy(() -> lookup.byFolio("APN-000000-0"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("ACTOR_DESCONOCIDO");
                    assertThat(problem.body().getProperties()).containsEntry("message",
                            "No existe el actor político con folio 'APN-000000-0'.");
                });

        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("nadie-" + UUID.randomUUID(), null, "representante"));
        assertThatThrownBy(() -> access.current())
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.code()).isEqualTo("SIN_ACTOR_POLITICO");
                    assertThat(problem.httpStatus()).isEqualTo(403);
                });
    }

    @Test
    void startsWithoutTheModulesThatDependOnItNorIdentity() {
        assertThat(context.getBeanNamesForType(AuxiliarRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReceivingRecord.class)).isEmpty();
        assertThat(ModuleBeans.of(context, "identity")).isEmpty();
    }

    private static NewCaptureProcess newProcess(String code, LocalDate start, LocalDate end) {
        return new NewCaptureProcess(code, "Proceso " + code, ProcessKind.APN_RESTO_DEL_PAIS, start, end, 100, 3,
                null, null, null, null);
    }
}
