package mx.captacion.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import mx.captacion.demo.SyntheticCitizens;
import mx.captacion.demo.SyntheticCitizens.SyntheticCitizen;
import mx.captacion.identity.Curp;
import mx.captacion.identity.Entidad;
import mx.captacion.platform.ApiProblem;
import mx.captacion.records.CaptureChannel;
import mx.captacion.records.CitizenRecordProcess;
import mx.captacion.records.ImageKind;
import mx.captacion.records.MiApoyoChecks;
import mx.captacion.records.RecordSubmission;

/** What Mi Apoyo refuses at reception, and that it covers every straight inconsistency of the screening rules. */
class MiApoyoChecksTest {

    /** Mid-2026 in Mexico: synthetic credentials are current from 2026 on. */
    private static final Instant CAPTURED = Instant.parse("2026-06-01T17:00:00Z");

    private final SyntheticCitizen citizen = new SyntheticCitizens(16L).next();

    @Test
    void aCompleteConsistentRecordPasses() {
        assertThat(MiApoyoChecks.refusal(submission(c -> c))).isEmpty();
    }

    @Test
    void aMissingOrExpiredVigenciaIsRefusedAtTheVigencia() {
        ApiProblem missing = refused(c -> citizen(c, c.claveElector(), c.curp(), c.fechaNacimiento(), c.sexo(), null));
        ApiProblem expired = refused(c -> citizen(c, c.claveElector(), c.curp(), c.fechaNacimiento(), c.sexo(), 2025));

        assertThat(List.of(missing, expired)).allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo("CREDENCIAL_SIN_VIGENCIA");
            assertThat(problem.httpStatus()).isEqualTo(422);
            assertThat(problem.field()).isEqualTo("citizen.vigencia");
            assertThat(problem.getMessage()).contains("vigencia", "credencial vigente");
        });
        assertThat(expired.getMessage()).contains("31/12/2025");
    }

    @Test
    void aMalformedClaveOrCurpIsRefusedAtItsField() {
        ApiProblem curp = refused(c -> citizen(c, c.claveElector(), "XYZ", c.fechaNacimiento(), c.sexo(), c.vigencia()));
        ApiProblem clave = refused(c -> citizen(c, "ABC123", c.curp(), c.fechaNacimiento(), c.sexo(), c.vigencia()));
        String wrongDigit = citizen.curp().substring(0, 17) + (char) ('0' + (citizen.curp().charAt(17) - '0' + 1) % 10);
        ApiProblem digit = refused(c -> citizen(c, c.claveElector(), wrongDigit, c.fechaNacimiento(), c.sexo(), c.vigencia()));

        assertThat(curp.code()).isEqualTo("CURP_MAL_FORMADA");
        assertThat(curp.field()).isEqualTo("citizen.curp");
        assertThat(curp.getMessage()).startsWith("La CURP");
        assertThat(clave.code()).isEqualTo("CLAVE_ELECTOR_MAL_FORMADA");
        assertThat(clave.field()).isEqualTo("citizen.claveElector");
        assertThat(clave.getMessage()).startsWith("La clave de elector");
        assertThat(digit.code()).isEqualTo("CURP_DIGITO_VERIFICADOR_INVALIDO");
        assertThat(digit.field()).isEqualTo("citizen.curp");
    }

    @Test
    void aClaveAndCurpThatDisagreeAreRefused() {
        Entidad other = citizen.entidadNacimiento() == Entidad.JALISCO ? Entidad.SONORA : Entidad.JALISCO;
        String curpOfOtherState = Curp.build(citizen.nombre(), citizen.apellidoPaterno(), citizen.apellidoMaterno(),
                citizen.fechaNacimiento(), citizen.sexo(), other, citizen.curp().charAt(16));
        ApiProblem states = refused(c -> citizen(c, c.claveElector(), curpOfOtherState, c.fechaNacimiento(), c.sexo(),
                c.vigencia()));
        ApiProblem birth = refused(c -> citizen(c, c.claveElector(), c.curp(), c.fechaNacimiento().plusDays(1), c.sexo(),
                c.vigencia()));

        assertThat(states.code()).isEqualTo("CURP_Y_CLAVE_ENTIDAD_DISTINTA");
        assertThat(states.field()).isEqualTo("citizen.curp");
        assertThat(birth.code()).isEqualTo("CLAVE_ELECTOR_NO_COINCIDE_FECHA");
        assertThat(birth.field()).isEqualTo("citizen.fechaNacimiento");
        assertThat(birth.getMessage()).contains("fecha de nacimiento");
    }

    @Test
    void aMissingImageIsRefusedAtThatImage() {
        RecordSubmission s = submission(c -> c);
        RecordSubmission noSignature = new RecordSubmission(s.submissionId(), s.processCode(), s.actorFolio(), null,
                s.channel(), s.capturedAt(), null, s.citizen(), new RecordSubmission.Images("AAAA", "AAAA", "AAAA", " "));

        ApiProblem problem = MiApoyoChecks.refusal(noSignature).orElseThrow();

        assertThat(problem.code()).isEqualTo("IMAGEN_FALTANTE");
        assertThat(problem.field()).isEqualTo("images.firma");
        assertThat(problem.getMessage()).isEqualTo("Falta la imagen: firma. Agrégala y envía de nuevo.");
    }

    @Test
    void namesThatDoNotYieldTheClaveAreLeftToAReviewer() {
        // the clave's letters follow a rule INE does not publish: a person decides, as for an auxiliar's record
        assertThat(MiApoyoChecks.refusal(submission(c -> new RecordSubmission.Citizen(c.claveElector(), c.curp(),
                "ZOILA", c.apellidoPaterno(), c.apellidoMaterno(), c.fechaNacimiento(), c.sexo(), c.entidad(),
                c.seccion(), c.vigencia())))).isEmpty();
    }

    @Test
    void everyFindingTheScreeningRulesMakeAnInconsistencyIsRefused() {
        List<String> keys = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            keys.add(code.name());
            for (ImageKind kind : ImageKind.values()) {
                keys.add(code.name() + ":" + kind.name());
            }
        }
        List<String> inconsistencies = keys.stream()
                .filter(key -> CitizenRecordProcess.ROUTE_INCONSISTENCY.equals(
                        RecordScreeningRulesTest.evaluate(List.of(key)).getEntryMap().get("route")))
                .toList();

        assertThat(inconsistencies).isNotEmpty().allSatisfy(key ->
                assertThat(MiApoyoChecks.refused()).contains(FindingCode.valueOf(key.split(":")[0])));
    }

    @Test
    void everyRefusedFindingIsARecordRejectionOfTheSameCode() {
        assertThat(MiApoyoChecks.refused()).allSatisfy(code ->
                assertThat(RecordRejection.valueOf(code.name()).status().value()).isEqualTo(422));
    }

    @Test
    void thePageSaysWhatTheServerSays() {
        assertThat(MiApoyoChecks.pageMessages(CAPTURED)).containsEntry("vigencia", "Escribe el año de vigencia de tu "
                + "credencial: sólo se recibe el apoyo con una credencial vigente (de 2026 en adelante).")
                .containsEntry("firma", "Falta la imagen: firma. Agrégala y envía de nuevo.");
    }

    private ApiProblem refused(UnaryOperator<RecordSubmission.Citizen> change) {
        return MiApoyoChecks.refusal(submission(change)).orElseThrow();
    }

    private RecordSubmission submission(UnaryOperator<RecordSubmission.Citizen> change) {
        RecordSubmission.Citizen c = new RecordSubmission.Citizen(citizen.claveElector(), citizen.curp(), citizen.nombre(),
                citizen.apellidoPaterno(), citizen.apellidoMaterno(), citizen.fechaNacimiento(), citizen.sexo().name(),
                Integer.valueOf(citizen.entidad().number()), citizen.seccion(), citizen.vigencia());
        return new RecordSubmission(UUID.randomUUID(), "APN-2026", "F230617000000021", null, CaptureChannel.MI_APOYO,
                CAPTURED, null, change.apply(c), new RecordSubmission.Images("AAAA", "AAAA", "AAAA", "AAAA"));
    }

    private static RecordSubmission.Citizen citizen(RecordSubmission.Citizen c, String clave, String curp,
                                                    java.time.LocalDate born, String sexo, Integer vigencia) {
        return new RecordSubmission.Citizen(clave, curp, c.nombre(), c.apellidoPaterno(), c.apellidoMaterno(), born, sexo,
                c.entidad(), c.seccion(), vigencia);
    }
}
