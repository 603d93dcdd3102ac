package mx.captacion.auxiliares.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import mx.captacion.actors.ActorLookup;
import mx.captacion.actors.PoliticalActor;
import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.BajaCause;

/**
 * INE staff give an auxiliar a baja, with any cause including those only INE gives (e.g. after a
 * complaint, or a review outside the app). Reached only by {@code ine-admin}: see the security rules
 * of {@code /api/v1/actors/**}.
 */
@RestController
class IneBajaApi {

    private final AuxiliarRegistry registry;
    private final ActorLookup actors;

    IneBajaApi(AuxiliarRegistry registry, ActorLookup actors) {
        this.registry = registry;
        this.actors = actors;
    }

    /** The request's body: a cause by its code (see {@link BajaCause}) and an optional note. */
    record IneBaja(String causa, String observaciones) {
    }

    record BajaGiven(String auxiliarId, String status, String causa, String causaCodigo) {
    }

    @Operation(summary = "Baja de un auxiliar por el INE, con cualquiera de las causas (tabla 5 de la nota)")
    @PostMapping("/api/v1/actors/{folio}/auxiliares/{auxiliarId}/baja")
    BajaGiven baja(@PathVariable String folio, @PathVariable String auxiliarId, @RequestBody IneBaja body,
                   Authentication authentication) {
        PoliticalActor actor = actors.byFolio(folio);
        BajaCause cause = cause(body.causa());
        Auxiliar auxiliar = registry.baja(actor, auxiliarId, cause, body.observaciones(), authentication.getName(), true);
        return new BajaGiven(auxiliar.getAuxiliarId().value(), auxiliar.getStatus().name(), cause.label(), cause.name());
    }

    private static BajaCause cause(String code) {
        if (code == null || code.isBlank()) {
            throw AuxiliarRejection.DATO_INVALIDO.problem("causa");
        }
        return BajaCause.byCode(code.trim()).orElseThrow(() -> AuxiliarRejection.DATO_INVALIDO.problemSaying("valores",
                "causa", Arrays.stream(BajaCause.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
