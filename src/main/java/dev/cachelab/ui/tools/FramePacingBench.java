package dev.cachelab.ui.tools;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.CacheLifeSpec;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.FunctionDef;
import dev.cachelab.engine.app.Profiles;
import dev.cachelab.engine.app.Rendering;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioExtras;
import dev.cachelab.ui.explorer.ExplorerScreen;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import dev.cachelab.ui.explorer.model.TagModel;
import dev.cachelab.ui.theme.ThemeManager;
import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.common.UiServices;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javafx.collections.ListChangeListener;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench-ui}: plays a scenario whose page reads N cached functions (default 200), so the explorer animates N
 * entry cards going stale, regenerating and expiring, and prints frame pacing: the interval between frames and the
 * JavaFX thread's work per frame (animation, CSS and layout), p50 and p99, plus the engine's time per step; then,
 * for generated scenarios of 1,000, 10,000 and 100,000 steps, what opening and moving through them costs
 * ({@link LargeScenarioUiBench}).
 */
public final class FramePacingBench {

    private final PrintStream out;
    private final PrintStream err;

    public FramePacingBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        int entries = 200;
        double seconds = 10;
        boolean display = false;
        boolean pacing = true;
        int[] sizes = {1_000, 10_000, 100_000};
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--entries" -> entries = Integer.parseInt(args.get(++i));
                    case "--seconds" -> seconds = Double.parseDouble(args.get(++i));
                    case "--display" -> display = true;
                    case "--steps" -> sizes = Arrays.stream(args.get(++i).split(",")).mapToInt(x -> Integer.parseInt(x.trim())).toArray();
                    case "--no-large" -> sizes = new int[0];
                    case "--no-pacing" -> pacing = false;
                    default -> throw new IllegalArgumentException(args.get(i));
                }
            }
        } catch (RuntimeException e) {
            err.println("cachelab: usage: bench-ui [--entries N] [--seconds S] [--steps N,N,...] [--no-large] [--no-pacing] [--display]");
            return 2;
        }
        Scenario scenario = scenario(entries, (long) (seconds * 1000 * 4) + 10_000);
        if (pacing) out.printf("engine time per step: %s (a page reading %d cached functions)%n", engineTimePerStep(scenario), entries);
        try {
            Headless.startToolkit(display);
            if (pacing) {
                Frames f = measure(scenario, entries, seconds);
                out.printf("frame interval: p50 %.1f ms, p99 %.1f ms (%d frames; 60 Hz is 16.7 ms)%n",
                        pct(f.intervals(), 50), pct(f.intervals(), 99), f.intervals().length);
                out.printf("JavaFX thread work per frame: p50 %.2f ms, p99 %.2f ms, max %.1f ms; %d of %d frames over 16.7 ms"
                                + " (goal p99 ≤ 16.7 ms)%n", pct(f.work(), 50), pct(f.work(), 99), pct(f.work(), 100),
                        Arrays.stream(f.work()).filter(w -> w > 16_700_000).count(), f.work().length);
                out.printf("  its CPU time: p50 %.2f ms, p99 %.2f ms, max %.1f ms (wall time above includes waiting for a core)%n",
                        pct(f.cpu(), 50), pct(f.cpu(), 99), pct(f.cpu(), 100));
                out.printf("  the %d frames in which a tag turns the %d entries stale or expired: max %.1f ms%n",
                        f.struckWork().length, entries, pct(f.struckWork(), 100));
            }
            if (sizes.length > 0) new LargeScenarioUiBench(out).run(sizes);
            return 0;
        } catch (Exception e) {
            err.println("cachelab: bench-ui failed: " + e);
            return 1;
        } finally {
            Platform.exit();
        }
    }

    /** A catalogue page reading {@code n} functions, invalidated with 'max' and with expire 0 in turn. */
    static Scenario scenario(int n, long untilMs) {
        FunctionDef item = new FunctionDef("getItem", List.of("id"), List.of("items", "item:{id}"),
                new CacheLifeSpec.Named("max"), List.of(), List.of(), null);
        List<CallExpr> reads = new ArrayList<>();
        for (int i = 1; i <= n; i++) reads.add(new CallExpr("getItem", List.of(new CallExpr.Literal(Integer.toString(i)))));
        RouteDef page = new RouteDef("/catalog", Rendering.REQUEST_TIME, List.of(), reads, List.of(), null);
        RouteDef api = new RouteDef("/api/items", Rendering.ROUTE_HANDLER, List.of(), List.of(), List.of(), null);
        AppDefinition app = new AppDefinition(Profiles.builtIn(), 1, Map.of("getItem", item), List.of(page, api));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step.Get(0, "/catalog"));
        for (long t = 1_000; t < untilMs; t += 4_000) {
            Call.TagProfile profile = (t / 4_000) % 2 == 0 ? new Call.NamedProfile("max") : new Call.ExpireProfile(0L);
            steps.add(new Step.RouteHandler(t, "/api/items", List.of(new Call.Write(), new Call.RevalidateTag("items", profile)), null));
            steps.add(new Step.Get(t + 2_000, "/catalog"));
        }
        List<String> narration = steps.stream().map(s -> "").toList();
        return new Scenario(Scenario.SCENARIO_FORMAT, "bench-ui", "Frame pacing: " + n + " entries", "", "bench-ui", app,
                steps, narration, List.of(), Set.of(), ScenarioExtras.NONE);
    }

    private static String engineTimePerStep(Scenario s) {
        Simulation sim = new Simulation(s.app());
        long[] t = new long[s.steps().size()];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            sim.run(s.steps().get(i));
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return String.format("p50 %.2f ms, max %.2f ms", t[t.length / 2] / 1e6, t[t.length - 1] / 1e6);
    }

    /** What one run measured: per frame, the interval since the previous one and the JavaFX thread's work. */
    record Frames(long[] intervals, long[] work, long[] cpu, long[] struckWork) { }

    /**
     * Plays the scenario in the explorer styled as the window styles it, and measures every frame from the start of
     * its pulse (a timer started before the explorer's own, so the explorer's animation step counts) to the end of
     * its layout: wall time, and the JavaFX thread's CPU time (wall time includes waiting for a core on a busy
     * machine). Frames in which a tag is struck (every entry carrying it turns stale or expired) are kept apart too.
     */
    private static Frames measure(Scenario scenario, int entries, double seconds) throws Exception {
        List<Long> intervals = new ArrayList<>();
        List<Long> work = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<Long> struck = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] frameStart = {0, 0};
            long[] last = {-1};
            boolean[] struckNow = {false};
            // the window's first frames (its whole first CSS and layout pass, JIT warm-up) are start-up, not
            // animation: the figures count from one second after the window is shown
            long from = System.nanoTime() + 1_000_000_000L;
            long end = from + (long) (seconds * 1e9);
            Stage stage = new Stage();
            ExplorerViewModel vm = new ExplorerViewModel(List.of(scenario));
            AnimationTimer first = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    frameStart[0] = t;
                    frameStart[1] = threads.getCurrentThreadCpuTime();
                    if (last[0] >= from) intervals.add(t - last[0]);
                    last[0] = t;
                    if (t > end) {
                        stop();
                        vm.pause();
                        stage.close();
                        done.complete(null);
                    }
                }
            };
            first.start();
            vm.pipeline().setGroupAt(entries + 1);
            // a tag struck while the step plays: EventApplier writes its row with the call that struck it ("now: …")
            vm.pipeline().tags().addListener((ListChangeListener<TagModel>) c -> {
                while (c.next()) for (TagModel t : c.getAddedSubList()) if (t.cause().startsWith("now: ")) struckNow[0] = true;
            });
            ExplorerScreen screen = new ExplorerScreen(null, new UiServices(new Motion(Motion.NORMAL), ErrorDialogs.headless()), vm);
            Scene scene = new Scene((Parent) screen.view(), 1600, 1000);
            ThemeManager theme = new ThemeManager();
            theme.applyUserAgent();
            theme.register(scene);
            scene.addPostLayoutPulseListener(() -> {
                if (frameStart[0] < from) return;
                long w = System.nanoTime() - frameStart[0];
                work.add(w);
                cpu.add(threads.getCurrentThreadCpuTime() - frameStart[1]);
                if (struckNow[0]) struck.add(w);
                struckNow[0] = false;
            });
            stage.setScene(scene);
            stage.show();
            vm.playback().speedProperty().set(4);
            vm.play();
        });
        done.get((long) seconds + 60, TimeUnit.SECONDS);
        return new Frames(longs(intervals), longs(work), longs(cpu), longs(struck));
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static double pct(long[] values, int p) {
        if (values.length == 0) return Double.NaN;
        long[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)] / 1e6;
    }
}
