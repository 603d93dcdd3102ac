package mx.captacion.accesslog.internal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import mx.captacion.accesslog.AccessLog;

@Configuration
class AccessLogConfiguration {

    /**
     * After Spring Security (the user is known and authorized) and after Camunda's authentication
     * filters (platform.SecurityConfiguration, order + 1), around the engine's REST servlets.
     */
    @Bean
    FilterRegistrationBean<EngineVariableViews> engineVariableViews(AccessLog accessLog, TaskService tasks,
                                                                    RuntimeService runtime, HistoryService history,
                                                                    IdentityService identity) {
        var registration = new FilterRegistrationBean<>(
                new EngineVariableViews(accessLog, tasks, runtime, history, identity));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
