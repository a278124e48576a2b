package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.ScenarioGenerator;
import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.common.TaskExecutor;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large generated scenario opened in the window as File → Open opens it: the JavaFX thread keeps drawing frames
 * while the file is read, checked and run (no gap between two frames longer than {@link #BUDGET_MS}), the file is
 * shown, its timeline and step list make nodes only for what fits, and Cancel leaves the explorer as it was.
 */
class LargeScenarioUiTest extends AppWindowTest {

    /**
     * The longest the JavaFX thread may go without a frame while the file opens. Opening it on the JavaFX thread
     * took seconds; in the background what is left are garbage collections, which on a loaded 2-core machine take
     * up to a few hundred milliseconds.
     */
    static final long BUDGET_MS = 400;
    static final int STEPS = 40_000;

    private AnimationTimer monitor;
    private long lastFrame;
    private long longestGap;

    @Override
    protected void beforeStart() {
        services.motion().setScale(0);
    }

    @AfterEach
    void stopMonitor() throws Exception {
        if (monitor != null) WaitForAsyncUtils.asyncFx(() -> monitor.stop()).get();
    }

    private ExplorerViewModel vm() {
        return app.explorer().model();
    }

    /** Frames keep coming (an animation timer asks for them); the longest time between two is kept. */
    private void watchFrames() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            lastFrame = -1;
            longestGap = 0;
            monitor = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (lastFrame >= 0) longestGap = Math.max(longestGap, t - lastFrame);
                    lastFrame = t;
                }
            };
            monitor.start();
        }).get();
        Thread.sleep(200); // a few frames before the opening starts
    }

    @Test
    void theJavaFxThreadKeepsDrawingWhileALargeFileOpensAndThenShowsIt(FxRobot robot) throws Exception {
        Path file = Files.createTempFile("cachelab-large-", ".json");
        try {
            ScenarioGenerator.write(STEPS, file);
            watchFrames();
            // the window's own path: ScenarioFiles.open, the explorer's background executor (CacheLabApp sets it)
            CompletableFuture<Boolean> opened = WaitForAsyncUtils.asyncFx(() -> app.files().open(file)).get();
            assertThat(opened.get(3, TimeUnit.MINUTES)).isTrue();
            long gapMs = WaitForAsyncUtils.asyncFx(() -> longestGap / 1_000_000).get();
            assertThat(gapMs).as("the longest the JavaFX thread went without a frame while the file opened")
                    .isLessThan(BUDGET_MS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm().stepCountProperty().get()).isEqualTo(STEPS);
            assertThat(vm().titleProperty().get()).isEqualTo("40,000 page reads");
            // the timeline makes a bounded number of nodes: an overview strip and a marker every so many steps
            int markers = robot.lookup(".timeline-marker").queryAll().size() + robot.lookup(".timeline-tick").queryAll().size();
            assertThat(markers).isBetween(2, 60);
            assertThat(robot.lookup("#timelineStrip").tryQuery()).isPresent();
            assertThat(robot.lookup("#marker-" + STEPS).tryQuery()).isPresent();
            // the end and back again: no replay from the start
            WaitForAsyncUtils.asyncFx(() -> {
                vm().seekTrack(1);
                vm().stepBack();
            }).get();
            assertThat(vm().positionProperty().get()).isEqualTo(STEPS - 1);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void anOpeningThatTakesAWhileShowsItsProgressAndCancelKeepsTheScenario(FxRobot robot) throws Exception {
        Path file = Files.createTempFile("cachelab-slow-", ".json");
        CountDownLatch release = new CountDownLatch(1);
        try {
            ScenarioGenerator.write(2_000, file);
            String before = WaitForAsyncUtils.asyncFx(() -> vm().titleProperty().get()).get();
            // the work waits until the test lets it go: the opening is slow for as long as the test needs
            TaskExecutor background = TaskExecutor.background();
            WaitForAsyncUtils.asyncFx(() -> vm().opening().setExecutor(new TaskExecutor() {
                @Override
                public void runInBackground(Runnable work) {
                    background.runInBackground(() -> {
                        try {
                            release.await(1, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        work.run();
                    });
                }

                @Override
                public void runOnFx(Runnable update) {
                    background.runOnFx(update);
                }
            })).get();
            CompletableFuture<Boolean> opened = WaitForAsyncUtils.asyncFx(() -> app.files().open(file)).get();
            Node overlay = robot.lookup("#openingOverlay").query();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, overlay::isVisible);
            assertThat(robot.lookup("#openingMessage").queryLabeled().getText()).contains(file.getFileName().toString());
            robot.clickOn("#openingCancel");
            release.countDown();
            assertThat(opened.get(1, TimeUnit.MINUTES)).isFalse();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(overlay.isVisible()).isFalse();
            assertThat(vm().titleProperty().get()).isEqualTo(before);
            assertThat(app.files().awaitingFix()).as("a cancelled file is not a broken one").isNull();
        } finally {
            release.countDown();
            Files.deleteIfExists(file);
        }
    }
}
