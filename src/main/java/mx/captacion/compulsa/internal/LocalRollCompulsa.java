package mx.captacion.compulsa.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import mx.captacion.identity.Names;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;

/**
 * The default compulsa endpoint: the lista nominal imported into the platform answers a batch at
 * once. A citizen absent from it is {@code NO_ENCONTRADO}; one whose name, birth date or sex differ
 * from the capture is {@code DATOS_NO_COINCIDEN}; otherwise the roll's own status stands.
 */
@Component("localRollCompulsa")
class LocalRollCompulsa {

    private final ElectoralRoll roll;

    LocalRollCompulsa(ElectoralRoll roll) {
        this.roll = roll;
    }

    List<CompulsaAnswer> check(CompulsaBatch batch) {
        Map<String, RollEntry> found = roll.findAll(batch.requests().stream().map(CompulsaRequest::claveElector).toList());
        String source = "Padrón importado, lote " + batch.id();
        return batch.requests().stream()
                .map(r -> new CompulsaAnswer(source, null, r.recordId().toString(), answer(r, found.get(r.claveElector()))))
                .toList();
    }

    static RegistralStatus answer(CompulsaRequest request, RollEntry entry) {
        if (entry == null) {
            return RegistralStatus.NO_ENCONTRADO;
        }
        return sameCitizen(request, entry) ? entry.registralStatus() : RegistralStatus.DATOS_NO_COINCIDEN;
    }

    /** Names compared as the identity rules do (case, accents and spacing aside); a missing second surname matches a missing one. */
    private static boolean sameCitizen(CompulsaRequest r, RollEntry e) {
        return Names.sameName(r.nombre(), e.nombre()) && Names.sameName(r.apellidoPaterno(), e.apellidoPaterno())
                && sameOptionalName(r.apellidoMaterno(), e.apellidoMaterno())
                && Objects.equals(r.fechaNacimiento(), e.fechaNacimiento()) && Objects.equals(r.sexo(), e.sexo());
    }

    private static boolean sameOptionalName(String a, String b) {
        boolean aBlank = a == null || a.isBlank();
        boolean bBlank = b == null || b.isBlank();
        return aBlank || bBlank ? aBlank && bBlank : Names.sameName(a, b);
    }
}
