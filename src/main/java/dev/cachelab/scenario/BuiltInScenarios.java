package dev.cachelab.scenario;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.json.LocatedJsonParser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The scenarios bundled under {@code resources/scenarios/}, in the order of its {@code index.json}. */
public final class BuiltInScenarios {

    public static final String INDEX = "scenarios/index.json";

    /** The {@code format} of {@code index.json}. */
    public static final String INDEX_FORMAT = "cachelab-scenario-index/1";

    /** What loaded, and a problem per file that did not: one bad file never hides the others. */
    public record Catalogue(List<Scenario> scenarios, List<ContentException> problems) { }

    private BuiltInScenarios() {
    }

    public static List<String> files() throws ContentException {
        JNode root = LocatedJsonParser.parse(ScenarioLoader.readResource(INDEX), INDEX);
        JNode.JObject o = JRead.object(root, "the scenario index");
        List<String> files = new ArrayList<>();
        for (String f : JRead.stringList(JRead.required(o, "scenarios", "the scenario files in order"), "file names")) {
            files.add("scenarios/" + f);
        }
        return files;
    }

    private static volatile CompletableFuture<Catalogue> prefetched;

    /**
     * Starts loading the catalogue on a background thread, so the window's start-up does not wait for it while the
     * JavaFX toolkit starts on the other core; {@link #load()} then takes the result.
     */
    public static void prefetch() {
        if (prefetched == null) prefetched = CompletableFuture.supplyAsync(BuiltInScenarios::read);
    }

    /** The bundled scenarios (the prefetched ones, once). */
    public static Catalogue load() {
        CompletableFuture<Catalogue> f = prefetched;
        if (f != null) {
            prefetched = null;
            return f.join();
        }
        return read();
    }

    private static Catalogue read() {
        List<Scenario> scenarios = new ArrayList<>();
        List<ContentException> problems = new ArrayList<>();
        List<String> files;
        try {
            files = files();
        } catch (ContentException e) {
            return new Catalogue(List.of(), List.of(e));
        }
        for (String f : files) {
            try {
                scenarios.add(ScenarioLoader.loadResource(f));
            } catch (ContentException e) {
                problems.add(e);
            }
        }
        return new Catalogue(scenarios, problems);
    }
}
