package mx.captacion.platform.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * SPIKE (issue 15): the engine's history at the activity level for every process but
 * {@code citizen-record}, which writes none — to measure what the history rows cost per record.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "captacion.engine.citizen-record-history", havingValue = "false")
class CitizenRecordWithoutHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(new Level());
        configuration.setCustomHistoryLevels(custom);
        configuration.setHistory(Level.NAME);
        configuration.setHistoryLevel(null);
    }

    static final class Level implements HistoryLevel {
        static final String NAME = "activity-sin-registros";

        @Override
        public int getId() {
            return 17;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType type, Object entity) {
            if (!HistoryLevel.HISTORY_LEVEL_ACTIVITY.isHistoryEventProduced(type, entity)) {
                return false;
            }
            String definition = definitionOf(entity);
            return definition == null || !definition.startsWith("citizen-record:");
        }

        private static String definitionOf(Object entity) {
            if (entity instanceof ExecutionEntity execution) {
                return execution.getProcessDefinitionId();
            }
            if (entity instanceof TaskEntity task) {
                return task.getProcessDefinitionId();
            }
            if (entity instanceof IdentityLinkEntity link) {
                return link.getProcessDefId();
            }
            if (entity instanceof IncidentEntity incident) {
                return incident.getProcessDefinitionId();
            }
            return null;
        }
    }
}
