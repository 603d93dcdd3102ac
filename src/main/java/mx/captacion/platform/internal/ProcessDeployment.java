package mx.captacion.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import mx.captacion.platform.Workspace.WorkspaceFile;
import mx.captacion.platform.Workspace;

/**
 * Deploys the BPMN, DMN and Camunda Forms of {@code processes/} and {@code forms/} under their
 * plain file names, with duplicate filtering: an edited file becomes a new version at the next
 * start, an unchanged one does not. Runs while the context starts, before any request or job can
 * need a definition.
 */
@Component
public class ProcessDeployment implements InitializingBean {

    static final String DEPLOYMENT_NAME = "captacion";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

    private final RepositoryService repositoryService;
    private final String processesFolder;
    private final String formsFolder;

    ProcessDeployment(RepositoryService repositoryService, PlatformSettings settings) {
        this.repositoryService = repositoryService;
        this.processesFolder = settings.workspace().processes();
        this.formsFolder = settings.workspace().forms();
    }

    @Override
    public void afterPropertiesSet() {
        deploy(processesFolder, formsFolder);
    }

    /** Deploys what changed in the folders; returns the new deployment, or null when nothing changed. */
    public Deployment deploy(String processes, String forms) {
        List<WorkspaceFile> files = new ArrayList<>(Workspace.files(processes, "processes", ".bpmn", ".dmn"));
        files.addAll(Workspace.files(forms, "forms", ".form"));
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("workspace")
                .enableDuplicateFiltering(true); // true: only the changed files get a new version
        for (WorkspaceFile file : files) {
            try (InputStream in = file.resource().getInputStream()) {
                builder.addInputStream(file.name(), new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo leer " + file.name(), e);
            }
        }
        long before = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        Deployment deployment = builder.deploy();
        boolean changed = repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() > before;
        log.info("Despliegue de {} archivos de {} y {}: {}", files.size(), processes, forms,
                changed ? "nueva versión " + deployment.getId() : "sin cambios");
        return changed ? deployment : null;
    }
}
