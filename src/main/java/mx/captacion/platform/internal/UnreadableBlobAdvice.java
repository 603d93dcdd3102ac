package mx.captacion.platform.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An image that failed its integrity check is answered with a plain Spanish 500 rather than a 404:
 * the image exists but was altered (or its key is gone), which operators must look into. The store
 * has logged it already.
 */
@ControllerAdvice
class UnreadableBlobAdvice {

    @ExceptionHandler(UnreadableBlobException.class)
    ResponseEntity<String> unreadable(UnreadableBlobException e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                // set here so an Accept: image/* request still gets the text
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body("La imagen guardada no pasó la verificación de integridad (fue alterada o falta su clave) "
                        + "y no se muestra. Avise a la administración de la plataforma.");
    }
}
