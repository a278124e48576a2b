package dev.cachelab.ui.tools;

import atlantafx.base.theme.PrimerLight;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.common.PngExport;
import dev.cachelab.ui.explorer.ExplorerScreen;
import dev.cachelab.ui.shell.CacheLabApp;
import dev.cachelab.ui.theme.Motion;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code snapshot --scenario ID --step N --out FILE.png [--width W --height H]}: renders the explorer at that step
 * without a display (Monocle) and writes a PNG — for slides and for looking at scenarios in bulk.
 */
public final class SnapshotCommand {

    private final PrintStream out;
    private final PrintStream err;

    public SnapshotCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        String id = null;
        String outFile = null;
        int step = -1;
        int width = 1280;
        int height = 720;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) return usage("\"" + a + "\" needs a value");
            String v = args.get(++i);
            try {
                switch (a) {
                    case "--scenario" -> id = v;
                    case "--step" -> step = Integer.parseInt(v);
                    case "--out" -> outFile = v;
                    case "--width" -> width = Integer.parseInt(v);
                    case "--height" -> height = Integer.parseInt(v);
                    default -> { return usage("unknown option \"" + a + "\""); }
                }
            } catch (NumberFormatException e) {
                return usage(a + " takes a whole number; found \"" + v + "\"");
            }
        }
        if (id == null || outFile == null || step < 0) return usage("--scenario, --step and --out are required");
        if (width < 320 || height < 240 || width > 7680 || height > 4320) return usage("the size must be between 320×240 and 7680×4320");
        BuiltInScenarios.Catalogue catalogue = BuiltInScenarios.load();
        String wanted = id;
        Scenario scenario = catalogue.scenarios().stream().filter(s -> s.id().equals(wanted)).findFirst().orElse(null);
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
        try {
            Headless.startToolkit(false);
            int n = step;
            int w = width;
            int h = height;
            Path target = Path.of(outFile);
            Headless.onFx(() -> {
                try {
                    render(wanted, n, w, h, target);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.println("wrote " + target + " (" + width + "×" + height + ", scenario " + id + " after step " + step + ")");
            return 0;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("cachelab: cannot render the snapshot: " + cause.getMessage());
            return 1;
        } finally {
            Platform.exit();
        }
    }

    private static void render(String id, int step, int width, int height, Path target) throws IOException {
        Motion.setScale(0);
        ErrorDialogs.setShowDialogs(false);
        ExplorerScreen screen = new ExplorerScreen(null);
        Parent root = (Parent) screen.view();
        screen.buildDeferred();
        screen.model().select(id);
        screen.model().seek(step);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(CacheLabApp.class.getResource(CacheLabApp.STYLESHEET).toExternalForm());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root.applyCss();
        root.layout();
        PngExport.write(scene, target);
    }

    private int usage(String problem) {
        err.println("cachelab: snapshot: " + problem);
        err.println("usage: java -jar cachelab.jar snapshot --scenario ID --step N --out FILE.png [--width W --height H]");
        return 2;
    }
}
