package dev.cachelab.scenario;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * What has been worked out of one scenario's run, for {@link ScenarioPlayer}s to go back and forth cheaply: every
 * step's result up to the furthest step run so far, and a checkpoint of the engine (an independent
 * {@link Simulation#copy()}) every {@link #interval()} steps. The engine is deterministic, so a checkpoint plus the
 * steps after it is the same state as a replay from the start: going back costs a copy and fewer than
 * {@code interval} steps, whatever the length of the scenario.
 *
 * <p>The checkpoints together hold at most about {@link #BUDGET} units of state (entries, pages, tags:
 * {@link Simulation#stateSize()}); past that every other one is dropped and the interval doubles, so a scenario
 * whose caches hold a million entries keeps few checkpoints rather than exhausting memory. Not thread-safe: one
 * thread fills it (a background preparation), then hands it over.
 */
public final class ScenarioRecording {

    /** Steps between checkpoints at least. */
    static final int FIRST_INTERVAL = 64;
    /**
     * At most about this many checkpoints at first (a longer scenario gets a longer interval, a power of two): a
     * checkpoint of the 100,000-step benchmark holds ~500 entries, so 256 of them hold ~8 MB where one every 64
     * steps held 56 MB, and going back costs at most 512 steps (~5 ms) instead of 64.
     */
    static final int CHECKPOINTS = 256;
    /** The most state the checkpoints hold together, in {@link Simulation#stateSize()} units. */
    static final long BUDGET = 2_000_000;
    /** What one checkpoint costs beyond its caches (the engine's objects and maps), in the same units. */
    private static final int OVERHEAD = 64;

    private final List<StepResult> results = new ArrayList<>();
    /** {@code checkpoints.get(j)}: the engine just after step {@code j * interval} ran (j = 0: before any step). */
    private final List<Simulation> checkpoints = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private int interval;
    private long held;
    private final long budget;

    /** A recording of a scenario of {@code steps} steps, from the engine before its first step. */
    ScenarioRecording(Simulation start, int steps) {
        this(start, intervalFor(steps), BUDGET);
    }

    static int intervalFor(int steps) {
        int interval = FIRST_INTERVAL;
        while ((long) interval * CHECKPOINTS < steps) interval *= 2;
        return interval;
    }

    ScenarioRecording(Simulation start, int interval, long budget) {
        this.interval = interval;
        this.budget = budget;
        add(start);
    }

    /** Steps between two checkpoints (it doubles when the checkpoints would hold too much). */
    public int interval() {
        return interval;
    }

    /** How many steps have a result: the furthest position reached so far. */
    public int frontier() {
        return results.size();
    }

    public int checkpointCount() {
        return checkpoints.size();
    }

    StepResult result(int index) {
        return results.get(index);
    }

    /** Step {@code result.index()} ran on {@code after} for the first time: keep its result, and a checkpoint. */
    void ran(StepResult result, Simulation after) {
        if (results.size() != result.index()) throw new IllegalStateException("step " + result.index() + " out of order");
        results.add(result);
        int position = results.size();
        if (position % interval == 0 && position / interval == checkpoints.size()) add(after);
    }

    /** The position of the latest checkpoint at or before {@code position}. */
    int checkpointAtOrBefore(int position) {
        return Math.min(position / interval, checkpoints.size() - 1) * interval;
    }

    /** An engine to run on, in the state of the checkpoint at {@code position} (from {@link #checkpointAtOrBefore}). */
    Simulation restore(int position) {
        return checkpoints.get(position / interval).copy();
    }

    /** The first {@code count} results, as a list that stays valid while later steps are added. */
    List<StepResult> firstResults(int count) {
        if (count > results.size()) throw new IllegalArgumentException(count + " > " + results.size());
        return new FirstResults(count);
    }

    private void add(Simulation sim) {
        Simulation copy = sim.copy();
        int size = copy.stateSize() + OVERHEAD;
        checkpoints.add(copy);
        sizes.add(size);
        held += size;
        while (held > budget && checkpoints.size() > 1) thin();
    }

    /** Keeps every other checkpoint (the first always) and doubles the interval. */
    private void thin() {
        List<Simulation> kept = new ArrayList<>();
        List<Integer> keptSizes = new ArrayList<>();
        held = 0;
        for (int j = 0; j < checkpoints.size(); j += 2) {
            kept.add(checkpoints.get(j));
            keptSizes.add(sizes.get(j));
            held += sizes.get(j);
        }
        checkpoints.clear();
        checkpoints.addAll(kept);
        sizes.clear();
        sizes.addAll(keptSizes);
        interval *= 2;
    }

    private final class FirstResults extends AbstractList<StepResult> implements RandomAccess {
        private final int count;

        FirstResults(int count) {
            this.count = count;
        }

        @Override
        public StepResult get(int index) {
            if (index < 0 || index >= count) throw new IndexOutOfBoundsException(index);
            return results.get(index);
        }

        @Override
        public int size() {
            return count;
        }
    }
}
