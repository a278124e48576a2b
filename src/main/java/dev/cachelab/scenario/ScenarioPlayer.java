package dev.cachelab.scenario;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;

import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Plays a scenario step by step on one simulation. Going back restores the latest engine checkpoint at or before the
 * target and runs the few steps after it ({@link ScenarioRecording}): the engine is deterministic, so that is the
 * state a replay from the start would give, at a cost that does not grow with the scenario's length. The engine's
 * clock never goes backwards: a restored checkpoint is a new simulation.
 */
public final class ScenarioPlayer {

    /** Reports the preparation of a long scenario (a background task) and asks whether to go on. */
    public interface Progress {
        void ran(int steps, int of);

        boolean cancelled();
    }

    private final Scenario scenario;
    private final ScenarioRecording recording;
    private Simulation simulation;
    private int position;

    public ScenarioPlayer(Scenario scenario) {
        this.scenario = scenario;
        this.simulation = new Simulation(scenario.app());
        this.recording = new ScenarioRecording(simulation, stepCount());
    }

    /** A player on a recording made earlier (by {@link #prepare}, or by another player of the same scenario). */
    public ScenarioPlayer(Scenario scenario, ScenarioRecording recording) {
        this.scenario = scenario;
        this.recording = recording;
        this.simulation = recording.restore(0);
    }

    /**
     * Runs every step once, keeping each result and the checkpoints, and returns to the start: afterwards every
     * seek costs at most one checkpoint interval of steps. A step the engine cannot run ends the preparation there
     * (stepping to it reports the problem as before). {@code progress} is asked between steps;
     * cancelled, this throws {@link CancellationException}.
     */
    public static ScenarioPlayer prepare(Scenario scenario, Progress progress) {
        ScenarioPlayer p = new ScenarioPlayer(scenario);
        int n = p.stepCount();
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                if (progress.cancelled()) throw new CancellationException("cancelled at step " + i);
                progress.ran(i, n);
            }
            try {
                p.stepForward();
            } catch (RuntimeException e) {
                break;
            }
        }
        progress.ran(p.position, n);
        p.seek(0);
        return p;
    }

    public Scenario scenario() { return scenario; }
    public Simulation simulation() { return simulation; }
    public ScenarioRecording recording() { return recording; }

    /** How many steps have run (0 = before the first step). */
    public int position() { return position; }

    public int stepCount() { return scenario.steps().size(); }
    public boolean canStepForward() { return position < stepCount(); }
    public boolean canStepBack() { return position > 0; }

    /** The results of the steps run so far, in order (a view: it does not copy them). */
    public List<StepResult> results() {
        return recording.firstResults(position);
    }

    public StepResult lastResult() {
        return position == 0 ? null : recording.result(position - 1);
    }

    public StepResult stepForward() {
        if (!canStepForward()) throw new IllegalStateException("no step left");
        StepResult r = simulation.run(scenario.steps().get(position));
        if (position == recording.frontier()) recording.ran(r, simulation);
        position++;
        return r;
    }

    public void stepBack() {
        if (canStepBack()) seek(position - 1);
    }

    /** Goes to just after step {@code target} (0 = before the first): from a checkpoint when that is nearer. */
    public void seek(int target) {
        if (target < 0 || target > stepCount()) throw new IllegalArgumentException("no position " + target);
        int from = recording.checkpointAtOrBefore(target);
        if (target < position || from > position) restore(from);
        while (position < target) stepForward();
    }

    /**
     * Every step up to {@code target} has run and the clock shows {@code ms}: a time earlier than the clock (a scrub
     * back inside one step) restores a checkpoint, since the engine's clock never goes backwards.
     */
    public void seekTime(int target, long ms) {
        if (target == position && ms < simulation.nowMs()) restore(recording.checkpointAtOrBefore(target));
        seek(target);
        simulation.advanceTo(Math.max(ms, simulation.nowMs()));
    }

    public void reset() {
        seek(0);
    }

    private void restore(int checkpoint) {
        simulation = recording.restore(checkpoint);
        position = checkpoint;
    }
}
