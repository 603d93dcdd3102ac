package mx.captacion.records;

import static mx.captacion.records.internal.FindingCode.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mx.captacion.identity.ClaveElector;
import mx.captacion.identity.Curp;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.internal.CitizenData;
import mx.captacion.records.internal.Finding;
import mx.captacion.records.internal.FindingCode;
import mx.captacion.records.internal.IdentityCheck;
import mx.captacion.records.internal.RecordRejection;

/**
 * What a Mi Apoyo record must pass to be received: the findings the automated processing would
 * certainly judge invalid, which a citizen filling their own form can correct on the spot. An
 * auxiliar's record, captured in the field, is not checked here: it goes to processing and its
 * findings become inconsistencies, as before.
 *
 * <p>Refused: a missing or expired vigencia and a missing image (the screening rules' straight
 * inconsistencies, which {@code MiApoyoChecksTest} keeps in step with the table), a malformed clave
 * de elector or CURP, a CURP check digit that does not add up, and a clave or CURP that disagree with
 * each other or with the birth date and sex typed. A clave or CURP whose letters do not follow from
 * the name is not refused: INE does not publish the clave's rule and names have exceptions, so a
 * reviewer decides, as for an auxiliar's record.
 *
 * <p>The Mi Apoyo page renders its fields' {@code pattern}, {@code min} and messages from here, so the
 * browser checks before sending what the server checks on receiving.
 */
public final class MiApoyoChecks {

    /** The refused findings, each with the field (its path in the submission) the citizen corrects. */
    private static final Map<FindingCode, String> REFUSED = new EnumMap<>(Map.of(
            CLAVE_ELECTOR_MAL_FORMADA, "citizen.claveElector",
            CLAVE_ELECTOR_NO_COINCIDE_FECHA, "citizen.fechaNacimiento",
            CLAVE_ELECTOR_NO_COINCIDE_SEXO, "citizen.sexo",
            CURP_MAL_FORMADA, "citizen.curp",
            CURP_DIGITO_VERIFICADOR_INVALIDO, "citizen.curp",
            CURP_NO_COINCIDE_FECHA, "citizen.fechaNacimiento",
            CURP_NO_COINCIDE_SEXO, "citizen.sexo",
            CURP_Y_CLAVE_ENTIDAD_DISTINTA, "citizen.curp",
            CREDENCIAL_SIN_VIGENCIA, "citizen.vigencia",
            IMAGEN_FALTANTE, "images"));

    private MiApoyoChecks() {
    }

    /**
     * The first refused finding of a Mi Apoyo submission, in the order the checks run (the citizen's
     * data, then the images), as a 422 whose code is the finding's and whose field is the one to correct.
     */
    public static Optional<ApiProblem> refusal(RecordSubmission submission) {
        RecordSubmission.Citizen c = submission.citizen();
        CitizenData data = new CitizenData(c.claveElector(), c.curp(), c.nombre(), c.apellidoPaterno(),
                c.apellidoMaterno(), c.fechaNacimiento(), c.sexo(), c.vigencia());
        List<Finding> findings = new ArrayList<>(IdentityCheck.check(data, submission.capturedAt()));
        for (ImageKind kind : ImageKind.values()) {
            String image = submission.images().of(kind);
            if (image == null || image.isBlank()) {
                findings.add(IMAGEN_FALTANTE.about(kind));
            }
        }
        return findings.stream().filter(finding -> REFUSED.containsKey(finding.code())).findFirst()
                .map(finding -> rejection(finding).problemOn(field(finding), finding.message()));
    }

    /** The findings refused, for the test that keeps them in step with the screening rules. */
    public static Set<FindingCode> refused() {
        return REFUSED.keySet();
    }

    /** The format of the clave de elector, for the page's {@code pattern}. */
    public static String claveElectorPattern() {
        return ClaveElector.PATTERN;
    }

    /** The format of the CURP, for the page's {@code pattern}. */
    public static String curpPattern() {
        return Curp.PATTERN;
    }

    /** The earliest vigencia received at that instant, for the page's {@code min}. */
    public static int firstCurrentVigencia(Instant at) {
        return IdentityCheck.firstCurrentVigencia(at);
    }

    /**
     * What the page says beside each field it checks before sending (by the field's id, the last part
     * of its path), in the server's words; {@code at} decides the first current vigencia.
     */
    public static Map<String, String> pageMessages(Instant at) {
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("claveElector", message(CLAVE_ELECTOR_MAL_FORMADA.finding()));
        messages.put("curp", message(CURP_MAL_FORMADA.finding()));
        messages.put("vigencia",
                RecordRejection.CREDENCIAL_SIN_VIGENCIA.problemSaying("pagina", firstCurrentVigencia(at)).getMessage());
        for (ImageKind kind : ImageKind.values()) {
            messages.put(kind.apiName(), message(IMAGEN_FALTANTE.about(kind)));
        }
        return messages;
    }

    /** The finding's message and what the citizen does about it, from the bundle. */
    private static String message(Finding finding) {
        return rejection(finding).problem(finding.message()).getMessage();
    }

    /** A refused finding's code is its refusal's. */
    private static RecordRejection rejection(Finding finding) {
        return RecordRejection.valueOf(finding.code().name());
    }

    private static String field(Finding finding) {
        return finding.image() == null ? REFUSED.get(finding.code()) : "images." + finding.image().apiName();
    }
}
