package mx.captacion.platform.internal;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import mx.captacion.platform.ImageLimits;
import mx.captacion.platform.Workspace;

/**
 * The platform's own settings, each under the {@code captacion.*} key it always had; defaults in
 * application.yaml. Bound at {@code captacion} itself because those keys have no common prefix of
 * their own; the other modules' settings under it are theirs (the binder reads only these components).
 * The blob keys are {@link BlobKeys.Settings}, the image limits {@link ImageLimits}.
 *
 * @param workspace the folders a process owner or integrator edits
 * @param blobs     where images and attachments are kept
 * @param camunda   the engine's tuning
 * @param security  the sign-in's limits
 * @param admin     the first administrator, created at start-up when missing
 */
@Validated
@ConfigurationProperties("captacion")
record PlatformSettings(@Valid @NotNull Workspace workspace, @Valid @NotNull Blobs blobs, @NotNull Camunda camunda,
                        @Valid @NotNull Security security, @NotNull Admin admin) {

    PlatformSettings {
        // absent from application.yaml on purpose: no administrator unless both are set
        admin = admin == null ? new Admin(null, null) : admin;
    }

    /**
     * {@code captacion.workspace.*}: folders on disk; the packaged copies are the fallback when one is absent.
     *
     * @param processes   the BPMN and DMN files deployed at start-up
     * @param forms       the Camunda forms deployed with them
     * @param integration the Camel routes (*.camel.yaml); read before the context starts
     *                    (IntegrationRoutesLocation), unless camel.main.routes-include-pattern is set
     */
    record Workspace(@NotBlank String processes, @NotBlank String forms, @NotBlank String integration) {
    }

    /**
     * {@code captacion.blobs.*}.
     *
     * @param directory folder of the encrypted blobs (images, signatures, mail attachments)
     */
    record Blobs(@NotNull Path directory) {
    }

    /**
     * {@code captacion.camunda.*}.
     *
     * @param memoizedDecisions whether each deployed decision is evaluated once per distinct input and its
     *                          result reused (Camunda's FEEL parses every cell again on each evaluation); off
     *                          by itself when the history level records decisions
     */
    record Camunda(boolean memoizedDecisions) {
    }

    /**
     * {@code captacion.security.*}.
     *
     * @param login failed sign-ins and the lock they lead to
     */
    record Security(@Valid @NotNull Login login) {
    }

    /**
     * {@code captacion.security.login.*}.
     *
     * @param maxFailures failed sign-ins in a row that lock a user
     * @param lockout     how long the lock lasts
     */
    record Login(@Positive int maxFailures, @NotNull Duration lockout) {
    }

    /**
     * {@code captacion.admin.*}: both set, the user is created (with the INE and Camunda administrator
     * groups) on a start that does not find it; unset, no administrator is created.
     *
     * @param user     the administrator's user name
     * @param password the administrator's first password
     */
    record Admin(String user, String password) {

        boolean isSet() {
            return user != null && !user.isBlank() && password != null && !password.isBlank();
        }
    }
}
