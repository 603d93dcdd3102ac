package mx.captacion.auxiliares.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import mx.captacion.auxiliares.AuxiliarLifecycle;
import mx.captacion.auxiliares.AuxiliarRegistry;
import mx.captacion.auxiliares.BajaCause;

/**
 * {@code ExpireRegistration} and {@code BajaByIneReview}: the platform gives the baja, for the cause
 * the task's input mapping names.
 */
@Component("auxiliarBajaByPlatform")
class BajaByPlatformDelegate implements JavaDelegate {

    private final AuxiliarRegistry registry;

    BajaByPlatformDelegate(AuxiliarRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BajaCause cause = BajaCause.valueOf((String) execution.getVariable(AuxiliarLifecycle.VAR_BAJA_CAUSE));
        registry.bajaByPlatform(AuxiliarLifecycle.auxiliarIdOf(execution), cause);
    }
}
