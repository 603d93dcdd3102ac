package mx.captacion.auxiliares;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Every status an auxiliar takes is announced with its instant, for {@code AuxiliarHistory} to write:
 * the alta, the app registration, the baja.
 */
class AuxiliarTest {

    private static final Instant ALTA = Instant.parse("2026-03-02T16:00:00Z");
    private static final Instant AT = Instant.parse("2026-03-03T10:15:30Z");

    @Test
    void anAltaAnnouncesItsFirstStatus() {
        Auxiliar auxiliar = alta();
        assertThat(auxiliar.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.auxiliar()).isSameAs(auxiliar);
            assertThat(change.status()).isEqualTo(AuxiliarStatus.ACTIVO_SIN_REGISTRO_EN_APP);
            assertThat(change.at()).isEqualTo(ALTA);
        });
    }

    @Test
    void registeringInTheAppIsAnnounced() {
        Auxiliar auxiliar = alta();
        auxiliar.statusChangesPublished();
        auxiliar.registerInApp("PRLPJN85031209H123", "a", "r", "token", AT);
        assertThat(auxiliar.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(AuxiliarStatus.ACTIVO_REGISTRADO_EN_APP);
            assertThat(change.at()).isEqualTo(AT);
        });
    }

    @Test
    void aBajaIsAnnouncedWithItsCause() {
        Auxiliar auxiliar = alta();
        auxiliar.statusChangesPublished();
        auxiliar.giveBaja(BajaCause.CAMBIO_DE_CORREO, null, "representante", AT);
        assertThat(auxiliar.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(AuxiliarStatus.BAJA);
            assertThat(change.bajaCause()).isEqualTo(BajaCause.CAMBIO_DE_CORREO);
            assertThat(change.at()).isEqualTo(AT);
        });
    }

    /** The portal's credential addresses name the side: anverso or reverso, nothing else. */
    @Test
    void theCredentialSidesAreNamedAsThePortalAddressesThem() {
        Auxiliar auxiliar = alta();
        assertThat(auxiliar.credentialHash("anverso")).isEmpty();
        auxiliar.registerInApp("PRLPJN85031209H123", "a", "r", "token", AT);
        assertThat(auxiliar.credentialHash("anverso")).contains("a");
        assertThat(auxiliar.credentialHash("reverso")).contains("r");
        assertThat(auxiliar.credentialHash("firma")).isEmpty();
    }

    /** A fixture written as it stands has no history to announce. */
    @Test
    void anAuxiliarAsItStandsAnnouncesNothing() {
        assertThat(new Auxiliar(new AuxiliarId("AX1"), 1L, "Ana", "ana@captacion.example", AuxiliarStatus.BAJA, ALTA).statusChanges())
                .isEmpty();
    }

    private static Auxiliar alta() {
        return new Auxiliar(new AuxiliarId("AUX-0000001"), 1L, "Ana", "ana@captacion.example", AuthenticationType.CORREO, ALTA);
    }
}
