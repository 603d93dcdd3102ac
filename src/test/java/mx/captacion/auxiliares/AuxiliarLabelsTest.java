package mx.captacion.auxiliares;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Every baja cause and authentication type has the name people read in the bundle, accents intact. */
class AuxiliarLabelsTest {

    @Test
    void everyCauseAndAuthenticationTypeHasItsName() {
        assertThat(Arrays.stream(BajaCause.values()).map(BajaCause::label)).doesNotContainNull()
                .contains("No recuerda la contraseña", "Cambio de tipo de autenticación");
        assertThat(Arrays.stream(AuthenticationType.values()).map(AuthenticationType::label))
                .containsExactly("Correo electrónico y contraseña", "Cuenta de Google", "Cuenta de Facebook");
    }
}
