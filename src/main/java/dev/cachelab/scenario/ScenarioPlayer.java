package dev.cachelab.scenario;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Plays a scenario step by step on one simulation. Stepping back replays from the start: the engine is
 * deterministic, so the replayed state is the same state (brief: "stepping back replays to the earlier time").
 */
public final class ScenarioPlayer {

    private final Scenario scenario;
    private Simulation simulation;
    private final List<StepResult> results = new ArrayList<>();

    public ScenarioPlayer(Scenario scenario) {
        this.scenario = scenario;
        this.simulation = new Simulation(scenario.app());
    }

    public Scenario scenario() { return scenario; }
    public Simulation simulation() { return simulation; }

    /** How many steps have run (0 = before the first step). */
    public int position() { return results.size(); }

    public int stepCount() { return scenario.steps().size(); }
    public boolean canStepForward() { return position() < stepCount(); }
    public boolean canStepBack() { return position() > 0; }
    public List<StepResult> results() { return Collections.unmodifiableList(results); }

    public StepResult lastResult() {
        return results.isEmpty() ? null : results.get(results.size() - 1);
    }

    public StepResult stepForward() {
        if (!canStepForward()) throw new IllegalStateException("no step left");
        StepResult r = simulation.run(scenario.steps().get(position()));
        results.add(r);
        return r;
    }

    public void stepBack() {
        if (canStepBack()) seek(position() - 1);
    }

    /** Replays from the start up to {@code target} steps. */
    public void seek(int target) {
        if (target < 0 || target > stepCount()) throw new IllegalArgumentException("no position " + target);
        if (target < position()) {
            simulation = new Simulation(scenario.app());
            results.clear();
        }
        while (position() < target) stepForward();
    }

    /**
     * Every step up to {@code target} has run and the clock shows {@code ms}: a time earlier than the clock (a scrub
     * back inside one step) replays from the start, since the engine's clock never goes backwards.
     */
    public void seekTime(int target, long ms) {
        if (target == position() && ms < simulation.nowMs()) {
            simulation = new Simulation(scenario.app());
            results.clear();
        }
        seek(target);
        simulation.advanceTo(Math.max(ms, simulation.nowMs()));
    }

    public void reset() {
        seek(0);
    }
}
