package mx.captacion.records.internal;

import static mx.captacion.records.internal.FindingCode.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import mx.captacion.identity.ClaveElector;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.identity.Sexo;

/** Automated agreement checks between the clave de elector, the CURP and the captured personal data. */
public final class IdentityCheck {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private IdentityCheck() {
    }

    /**
     * Reports every problem found; agreement checks are skipped for a value that is not well-formed.
     * Surrounding spaces in the clave and the CURP are ignored because capture forms often add them.
     *
     * @param capturedAt when the record was captured, which decides whether the credential was still valid
     */
    public static List<Finding> check(CitizenData c, Instant capturedAt) {
        Objects.requireNonNull(capturedAt, "capturedAt");
        CitizenData data = c != null ? c : new CitizenData(null, null, null, null, null, null, null, null);
        List<Finding> findings = new ArrayList<>();
        String clave = trimmed(data.claveElector());
        String curp = trimmed(data.curp());
        Optional<Sexo> sexo = Sexo.of(data.sexo());
        boolean claveOk = ClaveElector.isWellFormed(clave);
        boolean curpOk = Curp.isWellFormed(curp);

        if (!claveOk) {
            findings.add(CLAVE_ELECTOR_MAL_FORMADA.finding());
        } else {
            String expected = ClaveElector.letters(data.nombre(), data.apellidoPaterno(), data.apellidoMaterno());
            if (!clave.startsWith(expected)) {
                findings.add(CLAVE_ELECTOR_NO_COINCIDE_NOMBRE.finding(expected));
            }
            checkDate(clave.substring(6, 12), data.fechaNacimiento(), CLAVE_ELECTOR_NO_COINCIDE_FECHA, findings);
            checkSexo(clave.charAt(14), sexo, CLAVE_ELECTOR_NO_COINCIDE_SEXO, findings);
        }

        if (!curpOk) {
            findings.add(CURP_MAL_FORMADA.finding());
        } else {
            if (!Curp.hasValidCheckDigit(curp)) {
                findings.add(CURP_DIGITO_VERIFICADOR_INVALIDO.finding(Curp.checkDigit(curp.substring(0, 17))));
            }
            String letters = Curp.nameLetters(data.nombre(), data.apellidoPaterno(), data.apellidoMaterno());
            String consonants =
                    Curp.internalConsonants(data.nombre(), data.apellidoPaterno(), data.apellidoMaterno());
            if (!curp.startsWith(letters) || !curp.substring(13, 16).equals(consonants)) {
                findings.add(CURP_NO_COINCIDE_NOMBRE.finding(letters, consonants));
            }
            checkDate(curp.substring(4, 10), data.fechaNacimiento(), CURP_NO_COINCIDE_FECHA, findings);
            checkSexo(curp.charAt(10), sexo, CURP_NO_COINCIDE_SEXO, findings);
        }

        if (claveOk && curpOk) {
            Entidad fromCurp = Entidad.byCurpCode(curp.substring(11, 13)).orElseThrow();
            Entidad fromClave = Entidad.byNumber(clave.substring(12, 14)).orElseThrow();
            if (fromCurp != fromClave) {
                findings.add(CURP_Y_CLAVE_ENTIDAD_DISTINTA.finding(fromCurp.displayName(), fromClave.displayName()));
            }
        }

        checkVigencia(data.vigencia(), capturedAt, findings);
        return List.copyOf(findings);
    }

    private static void checkDate(String yymmdd, LocalDate captured, FindingCode code, List<Finding> findings) {
        if (captured == null || !yymmdd.equals(Curp.yymmdd(captured))) {
            String shown = yymmdd.substring(4, 6) + "/" + yymmdd.substring(2, 4) + "/" + yymmdd.substring(0, 2);
            findings.add(code.finding(shown, captured == null ? "sin capturar" : "%02d/%02d/%d".formatted(
                    captured.getDayOfMonth(), captured.getMonthValue(), captured.getYear())));
        }
    }

    private static void checkSexo(char inDocument, Optional<Sexo> captured, FindingCode code, List<Finding> findings) {
        Sexo documented = Sexo.valueOf(String.valueOf(inDocument));
        if (captured.filter(documented::equals).isEmpty()) {
            findings.add(code.finding(documented.displayName(), captured.map(Sexo::displayName).orElse("sin capturar")));
        }
    }

    private static void checkVigencia(Integer vigencia, Instant capturedAt, List<Finding> findings) {
        // Outside this range the year is a typo.
        if (vigencia == null || vigencia < 1900 || vigencia > 9999) {
            findings.add(new Finding(CREDENCIAL_SIN_VIGENCIA, "No se capturó un año de vigencia válido para la credencial"));
            return;
        }
        if (vigencia < firstCurrentVigencia(capturedAt)) {
            findings.add(CREDENCIAL_SIN_VIGENCIA.finding("31/12/" + vigencia));
        }
    }

    /**
     * The earliest vigencia of a credential still current at that instant: a credential is valid through
     * 31 December of its year, in central Mexico time.
     */
    public static int firstCurrentVigencia(Instant at) {
        return at.atZone(MEXICO_CITY).getYear();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
