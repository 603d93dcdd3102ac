package mx.captacion.auxiliares.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import mx.captacion.auxiliares.Auxiliar;
import mx.captacion.auxiliares.AuxiliarId;
import mx.captacion.auxiliares.AuxiliarLifecycle.ReviewOutcome;
import mx.captacion.auxiliares.AuxiliarStatus;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.identity.Names;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.ImageFiles;
import mx.captacion.roll.ElectoralRoll;
import mx.captacion.roll.RegistralStatus;
import mx.captacion.roll.RollEntry;

/**
 * The INE review of an auxiliar who registered in the app: both sides of the credential are there
 * and are images, and the person is in the lista nominal under the name the representative gave.
 * What the roll cannot settle (another name under that clave, or no roll loaded) goes to a person.
 */
@Service
class ReviewingAuxiliar {

    private final Auxiliares auxiliares;
    private final ElectoralRoll roll;
    private final BlobStore blobs;

    ReviewingAuxiliar(Auxiliares auxiliares, ElectoralRoll roll, BlobStore blobs) {
        this.auxiliares = auxiliares;
        this.roll = roll;
        this.blobs = blobs;
    }

    @Transactional
    ReviewOutcome review(AuxiliarId auxiliarId) {
        Auxiliar auxiliar = auxiliares.lockByAuxiliarId(auxiliarId)
                .orElseThrow(() -> new IllegalStateException("No existe el auxiliar " + auxiliarId));
        if (auxiliar.getStatus() == AuxiliarStatus.BAJA) {
            return ReviewOutcome.YA_DADO_DE_BAJA;
        }
        if (!isImage(auxiliar.getAnversoHash()) || !isImage(auxiliar.getReversoHash())) {
            return ReviewOutcome.SIN_ANVERSO_Y_REVERSO;
        }
        if (!roll.isLoaded()) {
            return ReviewOutcome.REVISION_MANUAL;
        }
        return roll.find(auxiliar.getClaveElector())
                .filter(entry -> entry.registralStatus() == RegistralStatus.EN_LISTA_NOMINAL)
                .map(entry -> sameName(entry, auxiliar) ? ReviewOutcome.APROBADO : ReviewOutcome.REVISION_MANUAL)
                .orElse(ReviewOutcome.NO_ESTA_EN_LISTA_NOMINAL);
    }

    private boolean isImage(String hash) {
        return hash != null && blobs.get(hash).flatMap(ImageFiles::format).isPresent();
    }

    private static boolean sameName(RollEntry entry, Auxiliar auxiliar) {
        return Names.sameName(entry.fullName(), auxiliar.getName());
    }
}
