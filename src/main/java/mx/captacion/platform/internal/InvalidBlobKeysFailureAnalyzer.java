package mx.captacion.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or malformed blob key into Spring Boot's start-up report, in Spanish, without a stack trace. */
class InvalidBlobKeysFailureAnalyzer extends AbstractFailureAnalyzer<InvalidBlobKeysException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidBlobKeysException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Configure la clave de cifrado de las imágenes (README, «Production configuration», "
                        + "cifrado de imágenes); p. ej. CAPTACION_BLOBS_ENCRYPTION_CURRENTKEYID=k1 y "
                        + "CAPTACION_BLOBS_ENCRYPTION_KEYS_K1=\"$(openssl rand -base64 32)\". "
                        + "Solo la demostración (perfil demo: --spring.profiles.active=demo) genera una clave propia.",
                cause);
    }
}
