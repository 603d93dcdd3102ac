package mx.captacion.records.internal;

import static mx.captacion.records.internal.FindingCode.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import mx.captacion.demo.SyntheticCitizens;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;
import org.junit.jupiter.api.Test;

class IdentityCheckTest {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Instant CAPTURED = mexicoCity(2026, 3, 10, 12, 0, 0);

    // Synthetic person: Juan Pérez López, born 15/05/1990 in Guanajuato.
    private static final CitizenData JUAN = new CitizenData("PRLPJN90051511H007",
            Curp.build("Juan", "Pérez", "López", LocalDate.of(1990, 5, 15), Sexo.H, Entidad.GUANAJUATO, '0'),
            "Juan", "Pérez", "López", LocalDate.of(1990, 5, 15), "H", 2030);

    @Test
    void consistentCitizenHasNoFindings() {
        assertThat(IdentityCheck.check(JUAN, CAPTURED)).isEmpty();
    }

    @Test
    void consistentSyntheticCitizenHasNoFindings() {
        SyntheticCitizen s = new SyntheticCitizens(42).next();
        CitizenData data = new CitizenData(s.claveElector(), s.curp(), s.nombre(), s.apellidoPaterno(),
                s.apellidoMaterno(), s.fechaNacimiento(), s.sexo().name(), s.vigencia());

        assertThat(IdentityCheck.check(data, CAPTURED)).isEmpty();
    }

    @Test
    void capturedTextIsTrimmedAndSexIsCaseInsensitive() {
        CitizenData data = new CitizenData(" " + JUAN.claveElector() + " ", JUAN.curp() + " ", "  juan ",
                "PEREZ", "lópez", JUAN.fechaNacimiento(), "h", 2030);

        assertThat(IdentityCheck.check(data, CAPTURED)).isEmpty();
    }

    @Test
    void malformedClaveSkipsItsAgreementChecks() {
        CitizenData data = withClave("PRLPJN90051540H007"); // state 40 does not exist

        assertThat(codes(data)).containsExactly(CLAVE_ELECTOR_MAL_FORMADA);
    }

    @Test
    void claveWithOtherNameLettersIsReported() {
        List<Finding> findings = IdentityCheck.check(withClave("PRLPJL90051511H007"), CAPTURED);

        assertThat(findings).extracting(Finding::code).containsExactly(CLAVE_ELECTOR_NO_COINCIDE_NOMBRE);
        assertThat(findings.get(0).message()).contains("PRLPJN");
    }

    @Test
    void claveWithOtherBirthDateIsReported() {
        List<Finding> findings = IdentityCheck.check(withClave("PRLPJN90051611H007"), CAPTURED);

        assertThat(findings).extracting(Finding::code).containsExactly(CLAVE_ELECTOR_NO_COINCIDE_FECHA);
        assertThat(findings.get(0).message()).contains("16/05/90", "15/05/1990");
    }

    @Test
    void claveWithOtherSexIsReported() {
        assertThat(codes(withClave("PRLPJN90051511M007"))).containsExactly(CLAVE_ELECTOR_NO_COINCIDE_SEXO);
    }

    @Test
    void malformedCurpSkipsItsAgreementChecks() {
        assertThat(codes(withCurp("PELJ990230HGTRPN06"))).containsExactly(CURP_MAL_FORMADA);
    }

    @Test
    void curpWithWrongCheckDigitIsReported() {
        String curp = JUAN.curp();
        char wrong = curp.charAt(17) == '9' ? '0' : (char) (curp.charAt(17) + 1);
        List<Finding> findings = IdentityCheck.check(withCurp(curp.substring(0, 17) + wrong), CAPTURED);

        assertThat(findings).extracting(Finding::code).containsExactly(CURP_DIGITO_VERIFICADOR_INVALIDO);
        assertThat(findings.get(0).message()).contains("se esperaba " + curp.charAt(17));
    }

    @Test
    void curpWithOtherInitialsIsReported() {
        String curp = Curp.build("Luis", "Pérez", "López", LocalDate.of(1990, 5, 15), Sexo.H, Entidad.GUANAJUATO, '0');
        List<Finding> findings = IdentityCheck.check(withCurp(curp), CAPTURED);

        assertThat(findings).extracting(Finding::code).containsExactly(CURP_NO_COINCIDE_NOMBRE);
        assertThat(findings.get(0).message()).contains("PELJ", "RPN");
    }

    @Test
    void curpWithOtherInternalConsonantsIsReported() {
        // Same four initials as Juan Pérez López, different internal consonant of the given name.
        String curp = Curp.build("Julio", "Pérez", "López", LocalDate.of(1990, 5, 15), Sexo.H, Entidad.GUANAJUATO, '0');

        assertThat(curp).startsWith("PELJ");
        assertThat(codes(withCurp(curp))).containsExactly(CURP_NO_COINCIDE_NOMBRE);
    }

    @Test
    void curpWithOtherBirthDateIsReported() {
        String curp = Curp.build("Juan", "Pérez", "López", LocalDate.of(1991, 5, 15), Sexo.H, Entidad.GUANAJUATO, '0');

        assertThat(codes(withCurp(curp))).containsExactly(CURP_NO_COINCIDE_FECHA);
    }

    @Test
    void curpWithOtherSexIsReported() {
        String curp = Curp.build("Juan", "Pérez", "López", LocalDate.of(1990, 5, 15), Sexo.X, Entidad.GUANAJUATO, '0');

        assertThat(codes(withCurp(curp))).containsExactly(CURP_NO_COINCIDE_SEXO);
    }

    @Test
    void capturedSexMustAgreeWithBothDocuments() {
        CitizenData data = new CitizenData(JUAN.claveElector(), JUAN.curp(), "Juan", "Pérez", "López",
                JUAN.fechaNacimiento(), "M", 2030);

        assertThat(codes(data)).containsExactly(CLAVE_ELECTOR_NO_COINCIDE_SEXO, CURP_NO_COINCIDE_SEXO);
    }

    @Test
    void differentBirthStatesInCurpAndClaveAreReported() {
        List<Finding> findings = IdentityCheck.check(withClave("PRLPJN90051514H007"), CAPTURED);

        assertThat(findings).extracting(Finding::code).containsExactly(CURP_Y_CLAVE_ENTIDAD_DISTINTA);
        assertThat(findings.get(0).message()).contains("Guanajuato", "Jalisco");
    }

    @Test
    void credentialIsValidUntilTheLastMomentOfItsYearInMexicoCity() {
        CitizenData data = withVigencia(2025);

        assertThat(IdentityCheck.check(data, mexicoCity(2025, 12, 31, 23, 59, 0))).isEmpty();
        assertThat(IdentityCheck.check(data, mexicoCity(2025, 12, 31, 23, 59, 59))).isEmpty();
    }

    @Test
    void credentialExpiresWhenTheNextYearStartsInMexicoCity() {
        List<Finding> findings = IdentityCheck.check(withVigencia(2025), mexicoCity(2026, 1, 1, 0, 0, 1));

        assertThat(findings).extracting(Finding::code).containsExactly(CREDENCIAL_SIN_VIGENCIA);
        assertThat(findings.get(0).message()).isEqualTo("La credencial perdió vigencia el 31/12/2025");
    }

    @Test
    void expiryUsesMexicoCityTimeNotUtc() {
        // 2026-01-01T03:00Z is still 31 December, 21:00, in Mexico City (UTC-6).
        assertThat(IdentityCheck.check(withVigencia(2025), Instant.parse("2026-01-01T03:00:00Z"))).isEmpty();
    }

    @Test
    void missingOrAbsurdVigenciaCountsAsNotValid() {
        assertThat(codes(withVigencia(null))).containsExactly(CREDENCIAL_SIN_VIGENCIA);
        assertThat(codes(withVigencia(Integer.MAX_VALUE))).containsExactly(CREDENCIAL_SIN_VIGENCIA);
        assertThat(codes(withVigencia(-5))).containsExactly(CREDENCIAL_SIN_VIGENCIA);
    }

    @Test
    void nullInputsBecomeFindingsInsteadOfExceptions() {
        CitizenData empty = new CitizenData(null, null, null, null, null, null, null, null);

        assertThat(codes(empty)).containsExactly(CLAVE_ELECTOR_MAL_FORMADA, CURP_MAL_FORMADA, CREDENCIAL_SIN_VIGENCIA);
        assertThat(codes(null)).containsExactly(CLAVE_ELECTOR_MAL_FORMADA, CURP_MAL_FORMADA, CREDENCIAL_SIN_VIGENCIA);
    }

    @Test
    void blankInputsBecomeFindingsInsteadOfExceptions() {
        CitizenData blank = new CitizenData(" ", "", " ", "", "\t", null, " ", null);

        assertThat(codes(blank)).containsExactly(CLAVE_ELECTOR_MAL_FORMADA, CURP_MAL_FORMADA, CREDENCIAL_SIN_VIGENCIA);
    }

    @Test
    void missingPersonalDataDisagreesWithWellFormedDocuments() {
        CitizenData data = new CitizenData(JUAN.claveElector(), JUAN.curp(), null, null, null, null, null, 2030);

        assertThat(codes(data)).containsExactly(
                CLAVE_ELECTOR_NO_COINCIDE_NOMBRE, CLAVE_ELECTOR_NO_COINCIDE_FECHA, CLAVE_ELECTOR_NO_COINCIDE_SEXO,
                CURP_NO_COINCIDE_NOMBRE, CURP_NO_COINCIDE_FECHA, CURP_NO_COINCIDE_SEXO);
    }

    @Test
    void imageCodesCarryTheirOwnMessages() {
        assertThat(IMAGEN_FALTANTE.message("anverso")).isEqualTo("Falta la imagen: anverso");
        assertThat(IMAGEN_NO_LEGIBLE.finding("reverso").code()).isEqualTo(IMAGEN_NO_LEGIBLE);
    }

    private static List<FindingCode> codes(CitizenData data) {
        return IdentityCheck.check(data, CAPTURED).stream().map(Finding::code).toList();
    }

    private static CitizenData withClave(String clave) {
        return new CitizenData(clave, JUAN.curp(), JUAN.nombre(), JUAN.apellidoPaterno(), JUAN.apellidoMaterno(),
                JUAN.fechaNacimiento(), JUAN.sexo(), JUAN.vigencia());
    }

    private static CitizenData withCurp(String curp) {
        return new CitizenData(JUAN.claveElector(), curp, JUAN.nombre(), JUAN.apellidoPaterno(),
                JUAN.apellidoMaterno(), JUAN.fechaNacimiento(), JUAN.sexo(), JUAN.vigencia());
    }

    private static CitizenData withVigencia(Integer vigencia) {
        return new CitizenData(JUAN.claveElector(), JUAN.curp(), JUAN.nombre(), JUAN.apellidoPaterno(),
                JUAN.apellidoMaterno(), JUAN.fechaNacimiento(), JUAN.sexo(), vigencia);
    }

    private static Instant mexicoCity(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(MEXICO_CITY).toInstant();
    }
}
