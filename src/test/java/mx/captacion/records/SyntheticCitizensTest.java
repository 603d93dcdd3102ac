package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import mx.captacion.demo.SyntheticCitizens;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.demo.SyntheticImages;
import mx.captacion.identity.ClaveElector;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.records.internal.CitizenData;
import mx.captacion.records.internal.IdentityCheck;
import org.junit.jupiter.api.Test;

class SyntheticCitizensTest {

    private static final List<Instant> CAPTURE_INSTANTS = List.of(
            Instant.parse("2026-01-01T06:00:00Z"), // first moment of 2026 in Mexico City
            Instant.parse("2026-07-15T17:00:00Z"),
            Instant.parse("2027-01-01T05:59:59Z")); // last second of 2026 in Mexico City

    @Test
    void thousandCitizensAreWellFormedConsistentAndUnique() {
        SyntheticCitizens generator = new SyntheticCitizens(2026);
        Set<String> claves = new HashSet<>();

        for (int i = 0; i < 1_000; i++) {
            SyntheticCitizen s = generator.next();
            assertThat(Curp.isWellFormed(s.curp())).as(s.curp()).isTrue();
            assertThat(Curp.hasValidCheckDigit(s.curp())).as(s.curp()).isTrue();
            assertThat(ClaveElector.isWellFormed(s.claveElector())).as(s.claveElector()).isTrue();
            assertThat(s.fechaNacimiento()).isBetween(LocalDate.of(1945, 1, 1), LocalDate.of(2005, 12, 31));
            assertThat(s.vigencia()).isBetween(2030, 2038);
            assertThat(s.seccion()).isBetween(1, 6000);
            assertThat(s.entidad()).isNotEqualTo(Entidad.NACIDO_EN_EL_EXTRANJERO);
            CitizenData data = new CitizenData(s.claveElector(), s.curp(), s.nombre(), s.apellidoPaterno(),
                    s.apellidoMaterno(), s.fechaNacimiento(), s.sexo().name(), s.vigencia());
            for (Instant capturedAt : CAPTURE_INSTANTS) {
                assertThat(IdentityCheck.check(data, capturedAt)).as(s.toString()).isEmpty();
            }
            claves.add(s.claveElector());
        }

        assertThat(claves).hasSize(1_000);
    }

    @Test
    void sameSeedGivesSameCitizens() {
        SyntheticCitizens a = new SyntheticCitizens(7);
        SyntheticCitizens b = new SyntheticCitizens(7);

        IntStream.range(0, 20).forEach(i -> assertThat(a.next()).isEqualTo(b.next()));
    }

    @Test
    void clavesStayUniqueOverABenchmarkSizedRun() {
        SyntheticCitizens generator = new SyntheticCitizens(1);
        Set<String> claves = new HashSet<>();
        IntStream.range(0, 20_000).forEach(i -> claves.add(generator.next().claveElector()));

        assertThat(claves).hasSize(20_000);
    }

    @Test
    void pngDecodesAndIsNearTheRequestedSize() throws IOException {
        assertImage(SyntheticImages.png("CREDENCIAL DE MUESTRA — ANVERSO", 40_000, 1), 40_000);
        assertImage(SyntheticImages.png("CREDENCIAL DE MUESTRA — REVERSO", 150_000, 2), 150_000);
    }

    @Test
    void jpegDecodesAndIsNearTheRequestedSize() throws IOException {
        assertImage(SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — ANVERSO", 40_000, 3), 40_000);
        assertImage(SyntheticImages.jpeg("CREDENCIAL DE MUESTRA — REVERSO", 100_000, 4), 100_000);
    }

    @Test
    void sizesOutsideTheNaturalRangeAreStillApproximated() throws IOException {
        assertImage(SyntheticImages.jpeg("MUESTRA", 5_000, 5), 5_000);
        assertImage(SyntheticImages.png("MUESTRA", 1_500_000, 6), 1_500_000);
    }

    private static void assertImage(byte[] bytes, int requested) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(decoded).isNotNull();
        assertThat(decoded.getWidth()).isGreaterThan(decoded.getHeight());
        assertThat((double) bytes.length).isCloseTo(requested, within(requested * 0.5));
    }
}
