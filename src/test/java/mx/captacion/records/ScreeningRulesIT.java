package mx.captacion.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import mx.captacion.IntegrationTestBase;
import mx.captacion.demo.SyntheticSubmissions;
import mx.captacion.platform.internal.ProcessDeployment;

/**
 * A process owner's edit of {@code processes/record-screening.dmn}, deployed the way a restart
 * deploys it ({@link ProcessDeployment}), decides the next records: the same expired credential
 * that ended as an inconsistency goes to the control desk once the rule says so.
 */
class ScreeningRulesIT extends IntegrationTestBase {

    @Autowired
    ProcessDeployment deployment;
    @Autowired
    RepositoryService repository;

    @Test
    void anEditedTableDecidesTheNextRecords(@TempDir Path workspace) throws IOException {
        Path processes = copyFolder("processes", workspace);
        Path forms = copyFolder("forms", workspace);
        Fixture fixture = newFixture();
        UUID before = accepted(SyntheticSubmissions.withVigencia(submission(fixture), 2020));
        awaitStatus(before, "CON_INCONSISTENCIA");
        int version = latestVersion();

        Path table = processes.resolve("record-screening.dmn");
        String original = Files.readString(table);
        String edited = original.replace(
                "<outputEntry id=\"ExpiredCredential_route\"><text>\"INCONSISTENCIA\"</text>",
                "<outputEntry id=\"ExpiredCredential_route\"><text>\"MESA_DE_CONTROL_CON_ADVERTENCIA\"</text>");
        assertThat(edited).isNotEqualTo(original);
        Files.writeString(table, edited);
        try {
            assertThat(deployment.deploy(processes.toString(), forms.toString())).as("the edited table").isNotNull();
            assertThat(latestVersion()).isEqualTo(version + 1);

            UUID after = accepted(SyntheticSubmissions.withVigencia(submission(fixture), 2020));

            awaitStatus(after, "EN_MESA_DE_CONTROL");
            assertThat(jdbc.queryForObject("select findings from captacion.citizen_record where id = ?",
                    String.class, after)).contains("La credencial perdió vigencia el 31/12/2020");
        } finally {
            // the other tests of this context expect the table as shipped
            Files.writeString(table, original);
            deployment.deploy(processes.toString(), forms.toString());
        }
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(CitizenRecordProcess.DECISION_SCREENING)
                .latestVersion().singleResult().getVersion()).isEqualTo(version + 2);
    }

    private int latestVersion() {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(CitizenRecordProcess.DECISION_SCREENING)
                .latestVersion().singleResult().getVersion();
    }
}
