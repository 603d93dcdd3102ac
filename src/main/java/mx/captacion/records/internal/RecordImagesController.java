package mx.captacion.records.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.PersonalImages;
import mx.captacion.records.ImageKind;

/** A record's images, for control-desk reviewers only (see the security configuration). */
@Controller
class RecordImagesController {

    private final CitizenRecords records;
    private final BlobStore blobs;
    private final AccessLog accessLog;

    RecordImagesController(CitizenRecords records, BlobStore blobs, AccessLog accessLog) {
        this.records = records;
        this.blobs = blobs;
        this.accessLog = accessLog;
    }

    /** Where a record's images are: {@code …/imagenes/anverso}, {@code …/imagenes/firma}, … */
    static String basePath(UUID recordId) {
        return "/mesa-control/registros/" + recordId + "/imagenes";
    }

    @GetMapping("/mesa-control/registros/{recordId}/imagenes/{kind}")
    ResponseEntity<byte[]> image(@PathVariable UUID recordId, @PathVariable String kind) {
        Optional<byte[]> image = ImageKind.byApiName(kind)
                .flatMap(k -> records.findById(recordId).map(r -> r.imageHashes().get(k)))
                .flatMap(blobs::get);
        return PersonalImages.serve(image, () -> accessLog.viewedRecord(Viewed.RECORD_IMAGE, recordId));
    }
}
