package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.ScenarioExtras;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * "Predict, then reveal": before a step that carries a prediction, the explorer pauses and asks what the user or
 * another visitor will see; once the learner answers, the step plays and the answer is revealed with its reason.
 */
public final class Predictions {

    private final ExplorerViewModel vm;
    private final ReadOnlyObjectWrapper<ScenarioExtras.Prediction> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reveal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper revealCorrect = new ReadOnlyBooleanWrapper(false);
    private final Set<Integer> asked = new HashSet<>();
    private final Map<Integer, Integer> choices = new HashMap<>();
    /** The step whose answer {@link #reveal} shows, or -1. */
    private int revealStep = -1;
    private int right;
    private int total;

    Predictions(ExplorerViewModel vm) {
        this.vm = vm;
    }

    /** The question waiting for an answer, or null. */
    public ReadOnlyObjectProperty<ScenarioExtras.Prediction> pendingProperty() { return pending.getReadOnlyProperty(); }
    /** After the step played: the answer and why; empty when there is nothing to reveal. */
    public ReadOnlyStringProperty revealProperty() { return reveal.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty revealCorrectProperty() { return revealCorrect.getReadOnlyProperty(); }
    public ScenarioExtras.Prediction pending() { return pending.get(); }

    /** The prediction whose answer is shown now, or null (its evidence is shown with the answer). */
    public ScenarioExtras.Prediction revealed() {
        return revealStep < 0 || vm.player() == null ? null : vm.player().scenario().extras().predictionFor(revealStep);
    }
    public int right() { return right; }
    public int total() { return total; }

    /** The question step {@code index} will ask before it plays, or null (none, or already asked). */
    public ScenarioExtras.Prediction upcoming(int index) {
        if (vm.player() == null) return null;
        ScenarioExtras.Prediction p = vm.player().scenario().extras().predictionFor(index);
        return p == null || asked.contains(index) ? null : p;
    }

    /** True when step {@code index} must wait for an answer first. */
    boolean gate(int index) {
        ScenarioExtras.Prediction p = vm.player().scenario().extras().predictionFor(index);
        if (p == null || asked.contains(index)) return false;
        reveal.set("");
        revealStep = -1;
        pending.set(p);
        return true;
    }

    /** The learner's choice; the step then plays and the answer is revealed. */
    public void answer(int choice) {
        ScenarioExtras.Prediction p = pending.get();
        if (p == null || choice < 0 || choice >= p.choices().size()) return;
        asked.add(p.step());
        choices.put(p.step(), choice);
        total++;
        if (choice == p.answer()) right++;
        pending.set(null);
        vm.runWithoutAsking();
    }

    /** Plays the step without answering. */
    public void skip() {
        ScenarioExtras.Prediction p = pending.get();
        if (p == null) return;
        asked.add(p.step());
        pending.set(null);
        vm.runWithoutAsking();
    }

    public void dismiss() {
        reveal.set("");
        revealStep = -1;
    }

    void revealAfter(int stepIndex) {
        Integer choice = choices.remove(stepIndex);
        if (choice == null) return;
        ScenarioExtras.Prediction p = vm.player().scenario().extras().predictionFor(stepIndex);
        boolean ok = choice == p.answer();
        revealCorrect.set(ok);
        revealStep = stepIndex;
        reveal.set((ok ? "Right — " : "Not quite: it is \"" + p.choices().get(p.answer()) + "\". ") + p.explain());
    }

    /**
     * The explorer moved to {@code position} (steps run): a question for a step that is no longer the next one is
     * withdrawn, and an answer revealed for a step that has not run any more (scrubbed or stepped back before it)
     * is taken off the screen.
     */
    void sync(int position) {
        ScenarioExtras.Prediction p = pending.get();
        if (p != null && p.step() != position) pending.set(null);
        if (revealStep >= position) {
            reveal.set("");
            revealStep = -1;
        }
    }

    void clear() {
        asked.clear();
        choices.clear();
        pending.set(null);
        reveal.set("");
        revealStep = -1;
    }
}
