package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioGenerator;
import dev.cachelab.ui.common.BackgroundTask;
import dev.cachelab.ui.common.TaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening files off the JavaFX thread, driven step by step: an executor the test runs by hand stands for the
 * background thread and the JavaFX thread, so what the explorer shows can be checked between the two.
 */
class FileOpeningTest {

    /** Background work and JavaFX-thread updates, each queued until the test runs them. */
    static final class ByHand implements TaskExecutor {
        final Deque<Runnable> background = new ArrayDeque<>();
        final Deque<Runnable> fx = new ArrayDeque<>();

        @Override public void runInBackground(Runnable work) { background.add(work); }
        @Override public void runOnFx(Runnable update) { fx.add(update); }

        void runBackground() { while (!background.isEmpty()) background.poll().run(); }
        void runFx() { while (!fx.isEmpty()) fx.poll().run(); }
    }

    @TempDir
    Path dir;
    private ExplorerViewModel vm;
    private final ByHand hand = new ByHand();

    @BeforeEach
    void setUp() {
        vm = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
        vm.select("stale-after-save");
        vm.opening().setExecutor(hand);
    }

    private Path generated(String name, int steps) throws Exception {
        Path f = dir.resolve(name);
        ScenarioGenerator.write(steps, f);
        return f;
    }

    @Test
    void theExplorerKeepsWhatItShowsUntilTheFileIsReadyThenShowsIt() throws Exception {
        Path f = generated("day.json", 3_000);
        String before = vm.titleProperty().get();
        CompletableFuture<FileOpening.Outcome> outcome = vm.open(f);
        assertThat(vm.opening().busyProperty().get()).isTrue();
        assertThat(vm.opening().messageProperty().get()).isEqualTo("Opening day.json…");
        hand.runBackground(); // read, checked and every step run, off the JavaFX thread
        assertThat(outcome).isNotDone();
        assertThat(vm.titleProperty().get()).isEqualTo(before);
        hand.runFx();
        assertThat(outcome.join()).isEqualTo(FileOpening.Outcome.OPENED);
        assertThat(vm.opening().busyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("3,000 page reads");
        assertThat(vm.opening().fileOf(vm.selectedProperty().get())).isEqualTo(f);
        // the recording made in the background serves the player: the end and Back need no replay from the start
        assertThat(vm.player().recording().frontier()).isEqualTo(3_000);
        vm.seek(3_000);
        vm.stepBack();
        assertThat(vm.positionProperty().get()).isEqualTo(2_999);
    }

    @Test
    void progressReachesTheJavaFxThreadAsItGoes() throws Exception {
        Path f = generated("day.json", 2_000);
        List<String> seen = new ArrayList<>();
        vm.opening().messageProperty().addListener((o, a, b) -> seen.add(b));
        vm.open(f);
        hand.runBackground();
        hand.runFx();
        // coalesced: the latest report of the reading, then of the run, whatever the number of reports
        assertThat(seen).first().isEqualTo("Opening day.json…");
        assertThat(seen).anyMatch(m -> m.startsWith("Opening day.json: running step "));
        assertThat(vm.opening().busyProperty().get()).isFalse();
    }

    @Test
    void aBadFileKeepsWhatWasShownAndSaysWhereTheProblemIs() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"format\": \"cachelab-scenario/1\",\n  \"id\": 42\n}\n");
        Scenario before = vm.selectedProperty().get();
        CompletableFuture<FileOpening.Outcome> outcome = vm.open(f);
        hand.runBackground();
        hand.runFx();
        assertThat(outcome.join()).isEqualTo(FileOpening.Outcome.FAILED);
        assertThat(vm.problemProperty().get()).startsWith(f + ":3:9: $.id: expected the scenario's id");
        assertThat(vm.selectedProperty().get()).isSameAs(before);
        assertThat(vm.opening().busyProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheWorkAndChangesNothing() throws Exception {
        Path f = generated("day.json", 5_000);
        Scenario before = vm.selectedProperty().get();
        int pickerSize = vm.scenarios().size();
        CompletableFuture<FileOpening.Outcome> outcome = vm.open(f);
        vm.opening().cancel();
        assertThat(outcome.join()).isEqualTo(FileOpening.Outcome.CANCELLED);
        assertThat(vm.opening().busyProperty().get()).isFalse();
        hand.runBackground(); // the work sees it was cancelled and stops
        hand.runFx();
        assertThat(vm.selectedProperty().get()).isSameAs(before);
        assertThat(vm.scenarios()).hasSize(pickerSize);
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void aSecondFileCancelsTheFirstAndOnlyTheSecondIsShown() throws Exception {
        Path first = generated("first.json", 1_000);
        Path second = generated("second.json", 2_000);
        CompletableFuture<FileOpening.Outcome> one = vm.open(first);
        hand.runBackground(); // the first finished its work, its result is on its way to the JavaFX thread
        CompletableFuture<FileOpening.Outcome> two = vm.open(second);
        assertThat(one.join()).isEqualTo(FileOpening.Outcome.CANCELLED);
        hand.runBackground();
        hand.runFx();
        assertThat(two.join()).isEqualTo(FileOpening.Outcome.OPENED);
        assertThat(vm.titleProperty().get()).isEqualTo("2,000 page reads");
        assertThat(vm.scenarios()).noneMatch(s -> s.title().equals("1,000 page reads"));
    }

    @Test
    void theSameFileOpenedAgainReplacesItsEntryAndItsRecording() throws Exception {
        Path f = generated("day.json", 1_000);
        vm.open(f);
        hand.runBackground();
        hand.runFx();
        Scenario old = vm.selectedProperty().get();
        vm.open(f);
        hand.runBackground();
        hand.runFx();
        assertThat(vm.scenarios()).filteredOn(s -> s.title().equals("1,000 page reads")).hasSize(1);
        assertThat(vm.selectedProperty().get()).isNotSameAs(old);
        assertThat(vm.opening().fileOf(old)).isNull();
    }

    @Test
    void aFailingTaskReportsOnceAndAnErrorIsNotLost() {
        List<String> reported = new ArrayList<>();
        BackgroundTask.wrap(p -> { throw new OutOfMemoryError("test"); })
                .onSuccess(r -> reported.add("success"))
                .onFailure(e -> reported.add("failure " + e.getMessage()))
                .onCancelled(() -> reported.add("cancelled"))
                .executeWith(TaskExecutor.CURRENT_THREAD);
        assertThat(reported).containsExactly("failure test");
        assertThat(FileOpening.describe(Path.of("/x/big.json"), new OutOfMemoryError()))
                .startsWith("/x/big.json: not enough memory to open it");
    }
}
