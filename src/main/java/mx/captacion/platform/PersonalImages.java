package mx.captacion.platform;

import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answer that serves an image of a person (a credential, a face, a signature), or 404. */
public final class PersonalImages {

    private PersonalImages() {
    }

    /**
     * The image, or 404 when there is none; {@code served} (the access log's entry) runs only when
     * the image is served, before the answer, so that no personal image leaves unlogged.
     */
    public static ResponseEntity<byte[]> serve(Optional<byte[]> image, Runnable served) {
        image.ifPresent(bytes -> served.run());
        return image.map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(ImageFiles.mediaType(bytes)))
                        // personal data: never kept by shared caches
                        .cacheControl(CacheControl.noStore())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
