package mx.captacion.platform.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultEntriesImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * The engine's DMN engine, remembering the result of each deployed decision per input. The input
 * is the values of the variables the decision's expressions name (every variable whose name occurs
 * in their text: a superset of what FEEL can read), so the same values take the same path through
 * the table and get a copy of the same result. Only decisions whose every expression is FEEL and
 * does not ask the clock ({@code now()}, {@code today()}) are remembered, and only when the values
 * named are plain strings, numbers or booleans; any other decision or input is evaluated as before.
 * Camunda's decision metrics then count only the evaluations that really ran.
 */
final class MemoizedDmnEngine implements DmnEngine {

    /** Far above the distinct inputs a screening table sees; past it the memory starts afresh. */
    static final int MAX_REMEMBERED = 10_000;

    private final DmnEngine engine;
    /** Per decision definition id: the text of its expressions, or null when it is not remembered. */
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();
    private final Map<List<Object>, List<Map<String, TypedValue>>> results = new ConcurrentHashMap<>();

    MemoizedDmnEngine(DmnEngine engine) {
        this.engine = engine;
    }

    @Override
    public DmnDecisionResult evaluateDecision(DmnDecision decision, VariableContext variables) {
        if (!(decision instanceof DecisionDefinition definition)) {
            return engine.evaluateDecision(decision, variables);
        }
        Optional<String> text = texts.computeIfAbsent(definition.getId(), id -> textOf(decision));
        List<Object> key = text.map(named -> key(definition.getId(), named, variables)).orElse(null);
        if (key == null) {
            return engine.evaluateDecision(decision, variables);
        }
        List<Map<String, TypedValue>> known = results.get(key);
        if (known != null) {
            return copy(known);
        }
        DmnDecisionResult result = engine.evaluateDecision(decision, variables);
        if (results.size() >= MAX_REMEMBERED) {
            results.clear();
        }
        List<Map<String, TypedValue>> entries = new ArrayList<>();
        result.forEach(entry -> entries.add(Collections.unmodifiableMap(new LinkedHashMap<>(entry.getEntryMapTyped()))));
        results.put(key, List.copyOf(entries));
        return result;
    }

    @Override
    public DmnDecisionResult evaluateDecision(DmnDecision decision, Map<String, Object> variables) {
        return evaluateDecision(decision, Variables.fromMap(variables).asVariableContext());
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTable(DmnDecision decision, VariableContext variables) {
        return engine.evaluateDecisionTable(decision, variables);
    }

    /** The definition id and the named variables' values in name order, or null when one is not plain. */
    private static List<Object> key(String definitionId, String text, VariableContext variables) {
        List<Object> key = new ArrayList<>();
        key.add(definitionId);
        for (String name : new TreeSet<>(variables.keySet())) {
            if (text.contains(name)) {
                TypedValue typed = variables.resolve(name);
                Object value = typed == null ? null : typed.getValue();
                if (!plain(value)) {
                    return null;
                }
                key.add(name);
                key.add(value);
            }
        }
        return key;
    }

    /** A fresh result each time: callers may change the one they get. */
    private static DmnDecisionResult copy(List<Map<String, TypedValue>> entries) {
        List<DmnDecisionResultEntries> copies = new ArrayList<>(entries.size());
        for (Map<String, TypedValue> entry : entries) {
            DmnDecisionResultEntriesImpl copy = new DmnDecisionResultEntriesImpl();
            entry.forEach(copy::putValue); // in the table's output order, as the engine answered
            copies.add(copy);
        }
        return new DmnDecisionResultImpl(copies);
    }

    private static boolean plain(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Double;
    }

    /**
     * All expressions of the decision and of those it requires, when they are FEEL only and do not
     * ask the clock (the same input then gives the same result); empty otherwise.
     */
    private static Optional<String> textOf(DmnDecision decision) {
        Stream<DmnExpressionImpl> expressions;
        if (decision.getDecisionLogic() instanceof DmnDecisionTableImpl table) {
            expressions = Stream.concat(table.getInputs().stream().map(input -> input.getExpression()),
                    table.getRules().stream().flatMap(rule -> Stream.concat(rule.getConditions().stream(),
                            rule.getConclusions().stream())));
        } else if (decision.getDecisionLogic() instanceof DmnDecisionLiteralExpressionImpl literal) {
            expressions = Stream.of(literal.getExpression());
        } else {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (DmnExpressionImpl expression : expressions.filter(Objects::nonNull).toList()) {
            String language = expression.getExpressionLanguage();
            String own = Objects.requireNonNullElse(expression.getExpression(), "");
            String compact = own.replace(" ", "");
            if (language != null && !language.toLowerCase(Locale.ROOT).contains("feel")
                    || compact.contains("now(") || compact.contains("today(")) {
                return Optional.empty();
            }
            text.append(own).append('\n');
        }
        for (DmnDecision required : decision.getRequiredDecisions()) {
            Optional<String> theirs = textOf(required);
            if (theirs.isEmpty()) {
                return Optional.empty();
            }
            text.append(theirs.get());
        }
        return Optional.of(text.toString());
    }

    // Everything else is the engine's own.

    @Override
    public DmnEngineConfiguration getConfiguration() {
        return engine.getConfiguration();
    }

    @Override
    public List<DmnDecision> parseDecisions(InputStream inputStream) {
        return engine.parseDecisions(inputStream);
    }

    @Override
    public List<DmnDecision> parseDecisions(DmnModelInstance dmnModelInstance) {
        return engine.parseDecisions(dmnModelInstance);
    }

    @Override
    public DmnDecision parseDecision(String decisionKey, InputStream inputStream) {
        return engine.parseDecision(decisionKey, inputStream);
    }

    @Override
    public DmnDecision parseDecision(String decisionKey, DmnModelInstance dmnModelInstance) {
        return engine.parseDecision(decisionKey, dmnModelInstance);
    }

    @Override
    public DmnDecisionRequirementsGraph parseDecisionRequirementsGraph(InputStream inputStream) {
        return engine.parseDecisionRequirementsGraph(inputStream);
    }

    @Override
    public DmnDecisionRequirementsGraph parseDecisionRequirementsGraph(DmnModelInstance dmnModelInstance) {
        return engine.parseDecisionRequirementsGraph(dmnModelInstance);
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTable(DmnDecision decision, Map<String, Object> variables) {
        return engine.evaluateDecisionTable(decision, variables);
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTable(String decisionKey, InputStream inputStream,
                                                        Map<String, Object> variables) {
        return engine.evaluateDecisionTable(decisionKey, inputStream, variables);
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTable(String decisionKey, InputStream inputStream,
                                                        VariableContext variables) {
        return engine.evaluateDecisionTable(decisionKey, inputStream, variables);
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTable(String decisionKey, DmnModelInstance dmnModelInstance,
                                                        Map<String, Object> variables) {
        return engine.evaluateDecisionTable(decisionKey, dmnModelInstance, variables);
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTable(String decisionKey, DmnModelInstance dmnModelInstance,
                                                        VariableContext variables) {
        return engine.evaluateDecisionTable(decisionKey, dmnModelInstance, variables);
    }

    @Override
    public DmnDecisionResult evaluateDecision(String decisionKey, InputStream inputStream, Map<String, Object> variables) {
        return engine.evaluateDecision(decisionKey, inputStream, variables);
    }

    @Override
    public DmnDecisionResult evaluateDecision(String decisionKey, InputStream inputStream, VariableContext variables) {
        return engine.evaluateDecision(decisionKey, inputStream, variables);
    }

    @Override
    public DmnDecisionResult evaluateDecision(String decisionKey, DmnModelInstance dmnModelInstance,
                                              Map<String, Object> variables) {
        return engine.evaluateDecision(decisionKey, dmnModelInstance, variables);
    }

    @Override
    public DmnDecisionResult evaluateDecision(String decisionKey, DmnModelInstance dmnModelInstance,
                                              VariableContext variables) {
        return engine.evaluateDecision(decisionKey, dmnModelInstance, variables);
    }
}
