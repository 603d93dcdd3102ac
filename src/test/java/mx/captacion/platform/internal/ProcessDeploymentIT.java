package mx.captacion.platform.internal;

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
import mx.captacion.platform.Workspace;

/** What start-up deploys: an edited file in processes/ becomes a new version, an unchanged one does not. */
class ProcessDeploymentIT extends IntegrationTestBase {

    @Autowired
    ProcessDeployment deployment;
    @Autowired
    RepositoryService repository;

    @Test
    void anEditedBpmnDeploysAsANewVersionAndAnUnchangedOneDoesNot(@TempDir Path workspace) throws IOException {
        Path processes = copyFolder("processes", workspace);
        Path forms = copyFolder("forms", workspace);
        deployment.deploy(processes.toString(), forms.toString()); // whatever the database held before
        int version = latestVersion();

        assertThat(deployment.deploy(processes.toString(), forms.toString())).as("unchanged files").isNull();
        assertThat(latestVersion()).isEqualTo(version);

        Path bpmn = processes.resolve("citizen-record.bpmn");
        Files.writeString(bpmn, Files.readString(bpmn).replace("Business key = record id.",
                "Business key = record id. Edición " + UUID.randomUUID() + "."));
        assertThat(deployment.deploy(processes.toString(), forms.toString())).as("edited file").isNotNull();
        assertThat(latestVersion()).isEqualTo(version + 1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("citizen-record").latestVersion()
                .singleResult().getResourceName()).isEqualTo("citizen-record.bpmn");

        assertThat(deployment.deploy(processes.toString(), forms.toString())).as("restart after the edit").isNull();
        assertThat(latestVersion()).isEqualTo(version + 1);
    }

    @Test
    void thePackagedCopyIsUsedWhenTheFolderIsAbsent(@TempDir Path workspace) {
        deployment.deploy(workspace.resolve("no-existe").toString(), workspace.resolve("tampoco").toString());

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("citizen-record").count()).isPositive();
        assertThat(Workspace.location(workspace.resolve("no-existe").toString(), "processes"))
                .isEqualTo("classpath:processes/");
    }

    @Test
    void everyProcessHasAHistoryTimeToLive() {
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull().isPositive());
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("citizen-record").latestVersion()
                .singleResult().getVersion();
    }
}
