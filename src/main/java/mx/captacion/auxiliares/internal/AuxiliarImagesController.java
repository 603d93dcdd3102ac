package mx.captacion.auxiliares.internal;

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.auxiliares.Auxiliares;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.PersonalImages;

/** An auxiliar's credential images, for the INE's auxiliar reviewers only (see the security configuration). */
@Controller
class AuxiliarImagesController {

    private final Auxiliares auxiliares;
    private final BlobStore blobs;
    private final AccessLog accessLog;

    AuxiliarImagesController(Auxiliares auxiliares, BlobStore blobs, AccessLog accessLog) {
        this.auxiliares = auxiliares;
        this.blobs = blobs;
        this.accessLog = accessLog;
    }

    /** {@code …/credencial/anverso} and {@code …/credencial/reverso}. */
    static String basePath(String auxiliarId) {
        return "/revision-auxiliares/auxiliares/" + auxiliarId + "/credencial";
    }

    @GetMapping("/revision-auxiliares/auxiliares/{auxiliarId}/credencial/{side}")
    ResponseEntity<byte[]> credential(@PathVariable String auxiliarId, @PathVariable String side) {
        Optional<byte[]> image = auxiliares.findByAuxiliarId(auxiliarId)
                .flatMap(a -> a.credentialHash(side))
                .flatMap(blobs::get);
        return PersonalImages.serve(image, () -> accessLog.viewed(Viewed.AUXILIAR_CREDENTIAL, auxiliarId));
    }
}
