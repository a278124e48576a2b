package dev.cachelab.ui.tools;

import dev.cachelab.engine.Step;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Sandbox;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.WhatIf;
import dev.cachelab.ui.explorer.ExplorerScreen;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import dev.cachelab.ui.explorer.FileOpening;
import dev.cachelab.ui.common.PngExport;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.common.UiServices;
import dev.cachelab.ui.theme.Theme;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import dev.cachelab.scenario.SandboxChoices;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code snapshot --scenario ID --step N --out FILE.png [--width W --height H] [--zoom 100..200] [--presenter]
 * [--details] [--what-if TOOL[@SITE]] [--theme light|dark|high-contrast]}: renders the explorer at that step without
 * a display (Monocle) and writes a PNG — for slides, for the README's pictures and for looking at scenarios in bulk.
 * With {@code --what-if}, the step counts in the fork: the scenario's mutation step under TOOL (a name of
 * {@link Tool}, e.g. {@code update-tag}), called from SITE ({@code server-action}, {@code route-handler},
 * {@code client-component}; the step's own place by default). With {@code --frame MS}, step N is shown MS
 * milliseconds into its animation (tokens in flight) instead of settled.
 */
public final class SnapshotCommand {

    static final String USAGE = "usage: java -jar cachelab.jar snapshot (--scenario ID | --file F.json) --step N --out FILE.png"
            + " [--width W --height H] [--zoom 100..200] [--presenter] [--details] [--what-if TOOL[@SITE]]"
            + " [--theme light|dark|high-contrast] [--frame MS] [--compare] [--compare-instances]";

    /** What to render, beside the scenario and the size. */
    record Look(int zoom, boolean presenter, boolean details, Theme theme, Tool tool, Site site, int frameMs,
                boolean compare, boolean compareInstances) { }

    private final PrintStream out;
    private final PrintStream err;

    public SnapshotCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        String id = null;
        Path file = null;
        String outFile = null;
        int step = -1;
        int width = 1280;
        int height = 720;
        int zoom = 100;
        boolean presenter = false;
        boolean details = false;
        Theme theme = Theme.LIGHT;
        Tool tool = null;
        Site site = null;
        int frameMs = 0;
        boolean compare = false;
        boolean compareInstances = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--presenter")) {
                presenter = true;
                continue;
            }
            if (a.equals("--details")) {
                details = true;
                continue;
            }
            if (a.equals("--compare")) {
                compare = true;
                continue;
            }
            if (a.equals("--compare-instances")) {
                compareInstances = true;
                continue;
            }
            if (i + 1 >= args.size()) return usage("\"" + a + "\" needs a value");
            String v = args.get(++i);
            try {
                switch (a) {
                    case "--scenario" -> id = v;
                    case "--file" -> file = Path.of(v).toAbsolutePath();
                    case "--step" -> step = Integer.parseInt(v);
                    case "--out" -> outFile = v;
                    case "--width" -> width = Integer.parseInt(v);
                    case "--height" -> height = Integer.parseInt(v);
                    case "--zoom" -> zoom = Integer.parseInt(v.replace("%", ""));
                    case "--frame" -> frameMs = Integer.parseInt(v);
                    case "--theme" -> theme = Theme.fromKey(v);
                    case "--what-if" -> {
                        String[] parts = v.split("@", 2);
                        tool = Tool.valueOf(constant(parts[0]));
                        if (parts.length > 1) site = Site.valueOf(constant(parts[1]));
                    }
                    default -> { return usage("unknown option \"" + a + "\""); }
                }
            } catch (NumberFormatException e) {
                return usage(a + " takes a whole number; found \"" + v + "\"");
            } catch (IllegalArgumentException e) {
                return usage("--what-if takes a tool (" + names(Tool.values()) + ") and optionally @ a place ("
                        + names(Site.values()) + "); found \"" + v + "\"");
            }
        }
        if (theme == null) return usage("--theme takes light, dark or high-contrast");
        if (zoom < ThemeManager.MIN_ZOOM || zoom > ThemeManager.MAX_ZOOM) return usage("--zoom takes 100 to 200; found " + zoom);
        if ((id == null) == (file == null) || outFile == null || step < 0) {
            return usage("--scenario or --file, --step and --out are required");
        }
        if (width < 320 || height < 240 || width > 7680 || height > 4320) return usage("the size must be between 320×240 and 7680×4320");
        if (file != null) return renderAndWrite(null, file, step, width, height, outFile,
                new Look(zoom, presenter, details, theme, tool, site, frameMs, compare, compareInstances));
        BuiltInScenarios.Catalogue catalogue = BuiltInScenarios.load();
        String wanted = id;
        Scenario scenario = wanted.equals(Sandbox.ID) ? Sandbox.build(List.of())
                : catalogue.scenarios().stream().filter(s -> s.id().equals(wanted)).findFirst().orElse(null);
        if (scenario == null) {
            err.println("cachelab: unknown scenario \"" + id + "\"; expected one of "
                    + String.join(", ", catalogue.scenarios().stream().map(Scenario::id).toList()));
            return 2;
        }
        if (step > scenario.steps().size()) {
            err.println("cachelab: scenario \"" + id + "\" has " + scenario.steps().size() + " steps; expected --step 0 to "
                    + scenario.steps().size() + ", found " + step);
            return 2;
        }
        return renderAndWrite(wanted, null, step, width, height, outFile,
                new Look(zoom, presenter, details, theme, tool, site, frameMs, compare, compareInstances));
    }

    /** Renders scenario {@code id}, or the scenario or case in {@code file}, after {@code step} and writes the PNG. */
    private int renderAndWrite(String id, Path file, int step, int width, int height, String outFile, Look look) {
        try {
            Headless.startToolkit(false);
            int n = step;
            int w = width;
            int h = height;
            Path target = Path.of(outFile);
            Scene scene = Headless.onFx(() -> render(id, file, n, w, h, look));
            // a second pass: what the first layout queued for after it (the tool bar folding at a high zoom) has run
            Headless.onFx(() -> {
                try {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    PngExport.write(scene, target);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.println("wrote " + target + " (" + width + "×" + height + ", " + (id != null ? "scenario " + id : file)
                    + " after step " + step + ")");
            return 0;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("cachelab: cannot render the snapshot: " + cause.getMessage());
            return 1;
        } finally {
            Platform.exit();
        }
    }

    private static Scene render(String id, Path file, int step, int width, int height, Look look) {
        UiServices services = UiServices.headless();
        ExplorerScreen screen = new ExplorerScreen(null, services);
        Parent root = (Parent) screen.view();
        screen.buildDeferred();
        ExplorerViewModel vm = screen.model();
        if (file != null) {
            // opened at once, on this thread (the opening's executor by default)
            if (vm.open(file).join() != FileOpening.Outcome.OPENED) throw new IllegalArgumentException(vm.problemProperty().get());
            if (step > vm.stepCountProperty().get()) {
                throw new IllegalArgumentException(file + " has " + vm.stepCountProperty().get() + " steps; found --step " + step);
            }
        } else {
            vm.select(id);
        }
        vm.presentingProperty().set(look.presenter());
        vm.detailsShownProperty().set(look.details());
        if (look.tool() != null) {
            int at = WhatIf.mutationStep(vm.player().scenario(), step)
                    .orElseThrow(() -> new IllegalArgumentException("scenario " + id + " has no mutation step to change"));
            Site site = look.site() != null ? look.site() : naturalSite(vm.player().scenario().steps().get(at));
            vm.seek(step);
            vm.whatIf(look.tool(), site);
            if (!vm.whatIf().active()) throw new IllegalArgumentException(vm.problemProperty().get());
            vm.pause();
        }
        if (look.frameMs() > 0 && step > 0) {
            // mid-step: the step plays from its start for that many ms of the explorer's clock (at 1×)
            vm.seek(step - 1);
            services.motion().setScale(Motion.NORMAL);
            vm.stepForward();
            vm.predictions().skip();
        } else {
            vm.seek(step);
        }
        if (look.compare()) {
            // every tool side by side on the scenario's own mutation step (or the sandbox's form save), all rows shown
            if (vm.isSandbox()) vm.tryIt().openCompare(SandboxChoices.Mutation.FORM_SAVE, Site.SERVER_ACTION);
            else vm.tryIt().openCompareHere(Tool.UPDATE_TAG, look.site() != null ? look.site() : naturalSite(
                    vm.player().scenario().steps().get(WhatIf.mutationStep(vm.player().scenario(), step).orElse(0))));
            vm.seek(vm.compare().rows().size());
        }
        if (look.compareInstances()) {
            // the Try it bar's first choices (the user saves a form, updateTag in the Server Action) on one instance
            // and on two, every row shown
            if (!vm.isSandbox()) throw new IllegalArgumentException("--compare-instances works on the sandbox");
            vm.tryIt().openCompareInstances(SandboxChoices.Mutation.FORM_SAVE, Tool.UPDATE_TAG,
                    Site.SERVER_ACTION);
            vm.seek(vm.compare().rows().size());
        }
        Scene scene = new Scene(root, width, height);
        ThemeManager theme = new ThemeManager();
        theme.themeProperty().set(look.theme());
        theme.zoomProperty().set(look.zoom());
        theme.presenterZoomProperty().set(look.zoom());
        theme.presentingProperty().set(look.presenter());
        theme.applyUserAgent();
        theme.register(scene);
        root.applyCss();
        root.layout();
        for (int ms = 0; ms < look.frameMs(); ms += 16) vm.frame(16);
        root.applyCss();
        root.layout();
        return scene;
    }

    private static Site naturalSite(Step step) {
        return step instanceof Step.RouteHandler ? Site.ROUTE_HANDLER
                : step instanceof Step.ClientCall ? Site.CLIENT_COMPONENT : Site.SERVER_ACTION;
    }

    /** {@code update-tag} → {@code UPDATE_TAG}. */
    private static String constant(String name) {
        return name.trim().toUpperCase().replace('-', '_');
    }

    private static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> e : values) b.append(b.length() == 0 ? "" : ", ").append(e.name().toLowerCase().replace('_', '-'));
        return b.toString();
    }

    private int usage(String problem) {
        err.println("cachelab: snapshot: " + problem);
        err.println(USAGE);
        return 2;
    }
}
