package dev.cachelab.ui.tools;

import dev.cachelab.cli.HeapMeter;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.ScenarioGenerator;
import dev.cachelab.ui.common.TaskExecutor;
import dev.cachelab.ui.explorer.ExplorerScreen;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import dev.cachelab.ui.explorer.FileOpening;
import dev.cachelab.ui.common.UiServices;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * {@code bench-ui}'s large scenarios: for each size a generated file ({@link ScenarioGenerator}: the invoices app,
 * one narrated page read a second) is opened in an explorer window that shows a bundled scenario, as File → Open
 * does (off the JavaFX thread), and the figures a user feels are printed: the time from asking to open it to the
 * first frame showing it, the longest the JavaFX thread went without a frame meanwhile, the peak heap, then one Back
 * from the end and a scrub across the whole timeline (the thumb dragged end to start and back in small moves), each
 * timed from the command to the end of the layout of the frame that shows it.
 */
final class LargeScenarioUiBench {

    /** Moves of the thumb in one scrub from one end to the other (a drag across ~1,000 px, 10 px a move). */
    static final int MOVES = 100;

    private final PrintStream out;
    private final HeapMeter heap = new HeapMeter();

    LargeScenarioUiBench(PrintStream out) {
        this.out = out;
    }

    void run(int[] sizes) throws Exception {
        Window w = Headless.onFx(Window::new);
        Thread.sleep(2_000); // the window's first frames and the work deferred after them are start-up, not opening
        try {
            for (int steps : sizes) measure(w, steps);
        } finally {
            Headless.onFx(() -> {
                w.stage.close();
                return null;
            });
        }
    }

    /** An explorer window as the app makes one, showing a bundled scenario, with a timer that keeps frames coming. */
    private static final class Window {
        final Stage stage = new Stage();
        final ExplorerViewModel vm;
        final Parent root;
        /** The start of the latest pulse, and the longest gap between two pulses since {@link #watch()}. */
        long lastPulse = -1;
        long longestGap;
        /** Set when a layout pass ran after the file opened; the next pulse is the first frame showing it. */
        boolean laidOut;
        long openedAt = -1;
        CompletableFuture<Long> firstFrame;
        final Queue<Runnable> afterLayout = new ArrayDeque<>();

        Window() {
            vm = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
            vm.opening().setExecutor(TaskExecutor.background());
            ExplorerScreen screen = new ExplorerScreen(null, UiServices.headless(), vm);
            root = (Parent) screen.view();
            Scene scene = new Scene(root, 1280, 800);
            ThemeManager theme = new ThemeManager();
            theme.applyUserAgent();
            theme.register(scene);
            scene.addPostLayoutPulseListener(() -> {
                laidOut = openedAt >= 0;
                Runnable r;
                while ((r = afterLayout.poll()) != null) r.run();
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (lastPulse >= 0) longestGap = Math.max(longestGap, t - lastPulse);
                    lastPulse = t;
                    if (firstFrame != null && laidOut) {
                        firstFrame.complete(t);
                        firstFrame = null;
                    }
                }
            }.start();
            stage.setScene(scene);
            stage.show();
        }

        void watch() {
            lastPulse = -1;
            longestGap = 0;
            laidOut = false;
            openedAt = -1;
        }

        /**
         * Runs {@code command} on the JavaFX thread; completes with the time from its start to the end of the layout
         * of the frame that shows it (the next pulse: its CSS and layout, as the window does them).
         */
        static long timed(Window w, Runnable command) throws Exception {
            CompletableFuture<Long> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                command.run();
                w.afterLayout.add(() -> done.complete(System.nanoTime() - t0));
                Platform.requestNextPulse();
            });
            return done.get(1, TimeUnit.MINUTES);
        }
    }

    private void measure(Window w, int steps) throws Exception {
        Path file = Files.createTempFile("cachelab-bench-ui-", ".json");
        try {
            ScenarioGenerator.write(steps, file);
            heap.reset();
            CompletableFuture<Long> shown = new CompletableFuture<>();
            long[] asked = new long[1];
            CompletableFuture<FileOpening.Outcome> outcome = Headless.onFx(() -> {
                w.watch();
                w.firstFrame = shown;
                asked[0] = System.nanoTime();
                return w.vm.open(file).whenComplete((o, e) -> w.openedAt = System.nanoTime());
            });
            if (outcome.get(10, TimeUnit.MINUTES) != FileOpening.Outcome.OPENED) {
                throw new IllegalStateException("could not open " + steps + " steps: " + Headless.onFx(() -> w.vm.problemProperty().get()));
            }
            long firstFrame = shown.get(1, TimeUnit.MINUTES) - asked[0];
            long gap = Headless.onFx(() -> w.longestGap);
            long peak = heap.peakBytes();
            long live = heap.liveBytes();

            Window.timed(w, () -> w.vm.seek(steps));
            long back = Window.timed(w, w.vm::stepBack);
            long[] moves = new long[2 * MOVES];
            Window.timed(w, () -> w.vm.seekTrack(1));
            for (int i = 0; i < MOVES; i++) {
                double f = 1 - (i + 1) / (double) MOVES;
                moves[i] = Window.timed(w, () -> w.vm.seekTrack(f));
            }
            for (int i = 0; i < MOVES; i++) {
                double f = (i + 1) / (double) MOVES;
                moves[MOVES + i] = Window.timed(w, () -> w.vm.seekTrack(f));
            }
            long jump = Window.timed(w, () -> w.vm.seekTrack(0)) + Window.timed(w, () -> w.vm.seekTrack(1));
            Arrays.sort(moves);
            out.printf("explorer, %,d steps (%,d KB): shown %,.0f ms after asking to open it (the JavaFX thread's longest"
                            + " gap meanwhile %,.0f ms; peak heap %s, then held %s); Back from the end %.1f ms; scrub"
                            + " end to start and back in %d moves: worst move %.1f ms, median %.1f ms; start to end and"
                            + " back in two moves %.1f ms%n",
                    steps, Files.size(file) >> 10, firstFrame / 1e6, gap / 1e6, HeapMeter.mb(peak), HeapMeter.mb(live),
                    back / 1e6, 2 * MOVES, moves[moves.length - 1] / 1e6, moves[moves.length / 2] / 1e6, jump / 1e6);
            // back to a bundled scenario, the file's scenario out of the picker: the next size starts clean
            Headless.onFx(() -> {
                w.vm.select(w.vm.scenarios().get(0).id());
                w.vm.scenarios().removeIf(s -> s.source().equals(file.toAbsolutePath().toString()) || s.source().equals(file.toString()));
                return null;
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
