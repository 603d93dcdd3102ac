package mx.captacion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import mx.captacion.IntegrationTestBase;
import mx.captacion.PortalSession;

/** Guessing a password stops after five tries: the account locks for a while and the login page says so. */
class LoginLockoutIT extends IntegrationTestBase {

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String user = "bloqueo." + System.nanoTime();
        ensureUser(user, Roles.INE_ADMIN);
        PortalSession browser = PortalSession.anonymous(uri(""));
        for (int i = 0; i < 4; i++) {
            failed(browser.login(user, "equivocada-" + i));
        }
        assertThat(browser.get("/login?error").body()).contains("Usuario o contraseña incorrectos");
        failed(browser.login(user, "equivocada-5"));

        failed(browser.login(user, PASSWORD));
        assertThat(browser.get("/login?error").body())
                .contains("La cuenta está bloqueada por 15 minutos tras 5 intentos fallidos");
        // HTTP Basic goes through the same lock
        assertThat(get("/api/v1/actors/F000000000000001/progress", user).statusCode()).isEqualTo(401);
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        String user = "olvido." + System.nanoTime();
        ensureUser(user, Roles.INE_ADMIN);
        PortalSession browser = PortalSession.anonymous(uri(""));
        for (int i = 0; i < 4; i++) {
            failed(browser.login(user, "equivocada-" + i));
        }
        assertThat(browser.login(user, PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        PortalSession again = PortalSession.anonymous(uri(""));
        failed(again.login(user, "equivocada"));
        assertThat(again.login(user, PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private static void failed(HttpResponse<String> login) {
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }
}
