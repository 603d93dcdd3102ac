package mx.captacion.hearings.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import mx.captacion.accesslog.AccessLog;
import mx.captacion.accesslog.Viewed;
import mx.captacion.actors.ActorAccess;
import mx.captacion.platform.BlobStore;
import mx.captacion.platform.PersonalImages;
import mx.captacion.platform.PortalPage;
import mx.captacion.records.CitizenRecordView;
import mx.captacion.records.ImageKind;
import mx.captacion.records.ReadingRecords;
import mx.captacion.records.RecordId;

/**
 * A judged record's images for the garantía de audiencia: to the representative of its own actor
 * (through {@link ActorAccess}: another actor's record is a 404), and to audiencia reviewers for
 * contested records only. Nobody else's records pass through here.
 */
@Controller
@PortalPage
class HearingImages {

    private final ReadingRecords records;
    private final HearingContests contests;
    private final ActorAccess access;
    private final BlobStore blobs;
    private final AccessLog accessLog;

    HearingImages(ReadingRecords records, HearingContests contests, ActorAccess access, BlobStore blobs,
                  AccessLog accessLog) {
        this.records = records;
        this.contests = contests;
        this.access = access;
        this.blobs = blobs;
        this.accessLog = accessLog;
    }

    static String representativePath(RecordId recordId) {
        return "/organizacion/audiencia/registros/" + recordId + "/imagenes";
    }

    static String reviewerPath(RecordId recordId) {
        return "/audiencia/registros/" + recordId + "/imagenes";
    }

    @GetMapping("/organizacion/audiencia/registros/{recordId}/imagenes/{kind}")
    ResponseEntity<byte[]> forRepresentative(@PathVariable UUID recordId, @PathVariable String kind) {
        CitizenRecordView record = access.own(records.byId(new RecordId(recordId))
                        .filter(r -> r.judged() || contests.findByRecordId(recordId).isPresent()),
                CitizenRecordView::actorId, "el registro " + recordId);
        return serve(Optional.of(record), kind);
    }

    @GetMapping("/audiencia/registros/{recordId}/imagenes/{kind}")
    ResponseEntity<byte[]> forReviewer(@PathVariable UUID recordId, @PathVariable String kind) {
        return serve(contests.findByRecordId(recordId).flatMap(c -> records.byId(new RecordId(recordId))), kind);
    }

    private ResponseEntity<byte[]> serve(Optional<CitizenRecordView> record, String kind) {
        Optional<byte[]> image = ImageKind.byApiName(kind)
                .flatMap(k -> record.map(r -> r.imageHashes().get(k)))
                .flatMap(blobs::get);
        return PersonalImages.serve(image,
                () -> accessLog.viewedRecord(Viewed.HEARING_IMAGE, record.orElseThrow().id().value()));
    }
}
