package mx.captacion.records.internal;

import static mx.captacion.records.CitizenRecordProcess.ROUTE_CONTROL_DESK;
import static mx.captacion.records.CitizenRecordProcess.ROUTE_CONTROL_DESK_FRAUD_REVIEW;
import static mx.captacion.records.CitizenRecordProcess.ROUTE_CONTROL_DESK_WITH_WARNING;
import static mx.captacion.records.CitizenRecordProcess.ROUTE_INCONSISTENCY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import mx.captacion.records.CitizenRecordProcess;
import mx.captacion.records.ImageKind;
import mx.captacion.records.InconsistencyType;

/**
 * {@code processes/record-screening.dmn} on the standalone DMN engine: one case per rule row,
 * with the inputs {@link CitizenRecordProcess} gives it, and every type it names is one the domain knows.
 */
class RecordScreeningRulesTest {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision DECISION = ENGINE.parseDecision(CitizenRecordProcess.DECISION_SCREENING,
            new ByteArrayInputStream(table().getBytes(StandardCharsets.UTF_8)));

    /** The table as the process owner edits it. */
    static String table() {
        try {
            return Files.readString(Path.of("processes", "record-screening.dmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // ExpiredCredential: wins over any warning found with it
                Arguments.of(List.of("CURP_NO_COINCIDE_FECHA", "CREDENCIAL_SIN_VIGENCIA"), ROUTE_INCONSISTENCY,
                        InconsistencyType.CREDENCIAL_NO_VALIDA, "la credencial no estaba vigente"),
                // MissingCredentialImage, anverso and reverso
                Arguments.of(List.of("IMAGEN_FALTANTE:ANVERSO"), ROUTE_INCONSISTENCY,
                        InconsistencyType.CREDENCIAL_NO_VALIDA, "anverso o del reverso"),
                Arguments.of(List.of("IMAGEN_NO_LEGIBLE:FIRMA", "IMAGEN_FALTANTE:REVERSO"), ROUTE_INCONSISTENCY,
                        InconsistencyType.CREDENCIAL_NO_VALIDA, "anverso o del reverso"),
                // MissingLivePhoto
                Arguments.of(List.of("IMAGEN_FALTANTE:FOTO_VIVA"), ROUTE_INCONSISTENCY,
                        InconsistencyType.FOTO_NO_VALIDA, "fotografía viva"),
                // MissingSignature
                Arguments.of(List.of("IMAGEN_FALTANTE:FIRMA"), ROUTE_INCONSISTENCY,
                        InconsistencyType.FIRMA_NO_VALIDA, "falta la firma"),
                // ReusedImage: fraud review, over any warning; a missing image still wins
                Arguments.of(List.of("CURP_MAL_FORMADA", "IMAGEN_REUTILIZADA:FOTO_VIVA"), ROUTE_CONTROL_DESK_FRAUD_REVIEW,
                        null, null),
                Arguments.of(List.of("IMAGEN_REUTILIZADA:ANVERSO"), ROUTE_CONTROL_DESK_FRAUD_REVIEW, null, null),
                Arguments.of(List.of("IMAGEN_REUTILIZADA:ANVERSO", "IMAGEN_FALTANTE:FIRMA"), ROUTE_INCONSISTENCY,
                        InconsistencyType.FIRMA_NO_VALIDA, "falta la firma"),
                // AnyOtherFinding: a person compares with the credential
                Arguments.of(List.of("CLAVE_ELECTOR_NO_COINCIDE_NOMBRE"), ROUTE_CONTROL_DESK_WITH_WARNING, null, null),
                Arguments.of(List.of("IMAGEN_NO_LEGIBLE:ANVERSO", "CURP_MAL_FORMADA"), ROUTE_CONTROL_DESK_WITH_WARNING,
                        null, null),
                // NoFindings
                Arguments.of(List.of(), ROUTE_CONTROL_DESK, null, null));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("rows")
    void eachRuleDecidesItsFindings(List<String> findingKeys, String route, InconsistencyType type, String note) {
        Map<String, Object> result = evaluate(findingKeys).getEntryMap();

        assertThat(result.get("route")).isEqualTo(route);
        assertThat(result.get("inconsistencyType")).isEqualTo(type == null ? null : type.name());
        if (note == null) {
            assertThat(result.get("note")).isNull();
        } else {
            assertThat((String) result.get("note")).startsWith("Revisión automática:").contains(note);
        }
    }

    @Test
    void everyTypeTheTableNamesIsAnInconsistencyTheDomainKnows() {
        List<String> known = Arrays.stream(InconsistencyType.values()).map(Enum::name).toList();
        var types = java.util.regex.Pattern.compile("_type\"><text>\"([A-Z_]+)\"</text>").matcher(table())
                .results().map(m -> m.group(1)).toList();

        assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(known).contains(type));
    }

    @Test
    void theFindingKeysTheRulesNameAreOnesTheScreeningProduces() {
        var keys = java.util.regex.Pattern.compile("list contains\\(\\?, \"([A-Z_:]+)\"\\)").matcher(table())
                .results().map(m -> m.group(1)).toList();

        assertThat(keys).isNotEmpty().allSatisfy(key -> {
            String[] parts = key.split(":");
            FindingCode.valueOf(parts[0]);
            if (parts.length > 1) {
                ImageKind.valueOf(parts[1]);
            }
        });
    }

    static DmnDecisionResultEntries evaluate(List<String> findingKeys) {
        return ENGINE.evaluateDecision(DECISION, Variables.createVariables()
                        .putValue(CitizenRecordProcess.VAR_FINDINGS, String.join(",", findingKeys))
                        .putValue(CitizenRecordProcess.VAR_FINDING_COUNT, findingKeys.size()))
                .getSingleResult();
    }
}
