package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.scenario.ScenarioExtras.CodeLine;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The code panel's running line, in step with the animation: as a step's events play it follows them through the
 * code's seams ({@link CodeTrace}); once the step has played (or after a jump) it rests where the step ended.
 */
public final class RunningLine {

    private final ReadOnlyObjectWrapper<List<Integer>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private List<CodeLine> code = List.of();
    private List<Integer> anchors = List.of();
    private CodeTrace trace;

    /** The highlighted lines (1-based), the first the one to keep in view; empty when no shown code runs. */
    public ReadOnlyObjectProperty<List<Integer>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** A scenario's code and each step's {@code codeLine} (null where the step names none). */
    public void load(List<CodeLine> code, List<Integer> anchors) {
        this.code = List.copyOf(code);
        this.anchors = new ArrayList<>(anchors);
        trace = null;
        lines.set(List.of());
    }

    void apply(EngineEvent e) {
        if (e instanceof EngineEvent.StepStarted s) trace = new CodeTrace(code, anchor(s.index()));
        if (trace != null) set(trace.apply(e));
    }

    void settle(List<StepResult> results) {
        trace = null;
        if (results.isEmpty()) {
            set(List.of());
            return;
        }
        StepResult last = results.get(results.size() - 1);
        set(CodeTrace.rest(code, anchor(last.index()), last.events()));
    }

    private Integer anchor(int step) {
        return step >= 0 && step < anchors.size() ? anchors.get(step) : null;
    }

    private void set(List<Integer> l) {
        if (!l.equals(lines.get())) lines.set(l);
    }
}
