package dev.cachelab.scenario;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checkpointed player: every way of reaching a position (stepping, Back, a seek from either side, a scrub back
 * inside a step) gives the state and results of a fresh replay from the start, for every step of every built-in
 * scenario and every conformance and derived case; and the checkpoints stay within their budget.
 */
class ScenarioPlayerTest {

    static Stream<Scenario> everyScenario() throws Exception {
        List<Scenario> all = new ArrayList<>(BuiltInScenarios.load().scenarios());
        all.add(Sandbox.build(List.of()));
        for (String dir : List.of("conformance", "derived")) {
            Path d = Path.of(ScenarioPlayerTest.class.getClassLoader().getResource(dir).toURI());
            try (Stream<Path> files = Files.list(d)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    all.add(ScenarioLoader.load(p));
                }
            }
        }
        return all.stream();
    }

    /** A fresh replay of the first {@code k} steps: the state and results the player must show at position k. */
    private static Simulation replay(Scenario s, int k, List<StepResult> results) {
        Simulation sim = new Simulation(s.app());
        for (int i = 0; i < k; i++) results.add(sim.run(s.steps().get(i)));
        return sim;
    }

    /** The player at position k is a fresh replay to k: same state, same results so far, same results after. */
    private static void assertSameAsReplay(ScenarioPlayer p, int k) {
        Scenario s = p.scenario();
        List<StepResult> fresh = new ArrayList<>();
        Simulation sim = replay(s, k, fresh);
        assertThat(p.position()).isEqualTo(k);
        assertThat(EngineStates.dump(p.simulation())).as("%s at %d", s.id(), k).isEqualTo(EngineStates.dump(sim));
        assertThat(p.results()).as("%s results to %d", s.id(), k).isEqualTo(fresh);
        // the proof that no hidden state differs: the rest of the scenario plays the same on both
        Simulation restOfPlayer = p.simulation().copy();
        for (int i = k; i < s.steps().size(); i++) {
            Step step = s.steps().get(i);
            assertThat(restOfPlayer.run(step)).as("%s step %d after %d", s.id(), i, k).isEqualTo(sim.run(step));
        }
    }

    @TestFactory
    Stream<DynamicTest> backAndSeekEqualAFreshReplayAtEveryStep() throws Exception {
        return everyScenario().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            int n = s.steps().size();
            // a checkpoint every 2 steps, so these short scenarios go through checkpoints and the steps between
            ScenarioPlayer p = new ScenarioPlayer(s, new ScenarioRecording(new Simulation(s.app()), 2, Long.MAX_VALUE));
            p.seek(n);
            assertSameAsReplay(p, n);
            for (int k = n - 1; k >= 0; k--) {
                p.stepBack();
                assertSameAsReplay(p, k);
            }
            for (int k = 0; k <= n; k++) {
                p.seek(n);
                p.seek(k);
                assertSameAsReplay(p, k);
                p.seek(0);
                p.seek(k);
                assertSameAsReplay(p, k);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aScrubBackInsideAStepEqualsAFreshReplayAtThatTime() throws Exception {
        return everyScenario().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            ScenarioPlayer p = new ScenarioPlayer(s, new ScenarioRecording(new Simulation(s.app()), 3, Long.MAX_VALUE));
            for (int k = s.steps().size(); k >= 1; k--) {
                long at = s.steps().get(k - 1).atMs();
                p.seekTime(k, at + 500);
                p.seekTime(k, at + 100);
                assertThat(p.simulation().nowMs()).isEqualTo(at + 100);
                Simulation fresh = replay(s, k, new ArrayList<>());
                fresh.advanceTo(at + 100);
                assertThat(EngineStates.dump(p.simulation())).as("%s at %d", s.id(), k).isEqualTo(EngineStates.dump(fresh));
            }
        }));
    }

    @Test
    void aCopyOfTheEngineIsIndependentOfTheOriginal() throws Exception {
        Scenario s = BuiltInScenarios.load().scenarios().get(0);
        Simulation sim = new Simulation(s.app());
        sim.run(s.steps().get(0));
        var before = EngineStates.dump(sim);
        Simulation copy = sim.copy();
        assertThat(EngineStates.dump(copy)).isEqualTo(before);
        for (int i = 1; i < s.steps().size(); i++) copy.run(s.steps().get(i));
        assertThat(EngineStates.dump(sim)).isEqualTo(before);
        assertThat(EngineStates.dump(copy)).isNotEqualTo(before);
    }

    @Test
    void aPreparedLongScenarioHasACheckpointEveryIntervalAndGoesBackFromTheEnd() throws Exception {
        Scenario s = generated(3_000);
        ScenarioPlayer p = ScenarioPlayer.prepare(s, noProgress());
        assertThat(p.position()).isZero();
        ScenarioRecording r = p.recording();
        assertThat(r.frontier()).isEqualTo(3_000);
        assertThat(r.interval()).isEqualTo(ScenarioRecording.FIRST_INTERVAL);
        assertThat(ScenarioRecording.intervalFor(100_000)).isEqualTo(512);
        assertThat(ScenarioRecording.intervalFor(16_384)).isEqualTo(64);
        assertThat(r.checkpointCount()).isEqualTo(3_000 / r.interval() + 1);
        p.seek(3_000);
        p.stepBack();
        assertThat(r.checkpointAtOrBefore(p.position())).isGreaterThan(p.position() - r.interval());
        assertSameAsReplay(p, 2_999);
        p.seek(1_234);
        assertSameAsReplay(p, 1_234);
        // a second player on the same recording starts at the beginning and sees the same steps
        ScenarioPlayer again = new ScenarioPlayer(s, r);
        again.seek(2_500);
        assertSameAsReplay(again, 2_500);
    }

    @Test
    void checkpointsOverTheirBudgetAreThinnedAndTheIntervalDoubles() throws Exception {
        Scenario s = generated(400);
        // every checkpoint of this scenario holds some state; a budget of a few of them forces thinning
        ScenarioRecording r = new ScenarioRecording(new Simulation(s.app()), 4, 2_000);
        ScenarioPlayer p = new ScenarioPlayer(s, r);
        p.seek(400);
        assertThat(r.interval()).isGreaterThan(4);
        assertThat(r.checkpointCount()).isLessThan(400 / 4);
        for (int k : new int[]{399, 250, 17, 0, 333}) {
            p.seek(k);
            assertSameAsReplay(p, k);
        }
    }

    @Test
    void preparingStopsWhenCancelled() throws Exception {
        Scenario s = generated(2_000);
        int[] reported = {0};
        ScenarioPlayer.Progress cancelLater = new ScenarioPlayer.Progress() {
            @Override public void ran(int steps, int of) { reported[0] = steps; }
            @Override public boolean cancelled() { return reported[0] >= 512; }
        };
        assertThatThrownBy(() -> ScenarioPlayer.prepare(s, cancelLater)).isInstanceOf(CancellationException.class);
        assertThat(reported[0]).isEqualTo(512);
    }

    static ScenarioPlayer.Progress noProgress() {
        return new ScenarioPlayer.Progress() {
            @Override public void ran(int steps, int of) { }
            @Override public boolean cancelled() { return false; }
        };
    }

    static Scenario generated(int steps) throws Exception {
        StringWriter w = new StringWriter();
        ScenarioGenerator.write(steps, w);
        return ScenarioLoader.load(w.toString(), "generated-" + steps + ".json");
    }
}
