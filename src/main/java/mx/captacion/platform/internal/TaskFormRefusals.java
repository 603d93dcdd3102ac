package mx.captacion.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import mx.captacion.platform.ApiProblem;

/**
 * A task form refused because of what a person typed (a missing decision, an empty answer, an
 * unknown folio) is an ordinary answer, not an engine failure. Camunda's REST API answers 400 with
 * the message only for {@link FormFieldValidationException}, but wraps anything a task listener or
 * a following service task throws (our {@link ApiProblem}s) into a 500 whose message is the Java
 * class name; and its command context logs every exception but a few of its own at ERROR with a
 * stack trace (ENGINE-16004). So: completing a task turns a refusal found anywhere in the cause
 * chain into a {@code FormFieldValidationException} with the Spanish message, and a refusal is
 * logged at DEBUG, like the engine's own {@code BadUserRequestException}.
 */
@Component
class TaskFormRefusals extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> outermost = new ArrayList<>();
        outermost.add(new RefusalsAsFormValidation());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            outermost.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        configuration.setCustomPreCommandInterceptorsTxRequired(outermost);
        CommandContextFactory contexts = new RefusalsLoggedAsUserErrors();
        contexts.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(contexts);
    }

    /** The person's mistake the exception reports, if it is one: a form validation or a 4xx refusal. */
    static Optional<FormFieldValidationException> refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FormFieldValidationException validation) {
                return Optional.of(validation);
            }
            if (cause instanceof ApiProblem problem && problem.httpStatus() / 100 == 4) {
                return Optional.of(new FormFieldValidationException(problem.code(), problem.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** Outside the command context (it has logged and rolled back by then): only the answer changes. */
    private static final class RefusalsAsFormValidation extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
                    throw refusal(failure).<RuntimeException>map(r -> r).orElse(failure);
                }
                throw failure;
            }
        }
    }

    private static final class RefusalsLoggedAsUserErrors extends CommandContextFactory {

        @Override
        public CommandContext createCommandContext() {
            return new CommandContext(processEngineConfiguration) {
                @Override
                protected boolean shouldLogFine(Throwable exception) {
                    return super.shouldLogFine(exception) || refusal(exception).isPresent();
                }
            };
        }
    }
}
