package dev.cachelab.scenario;

import dev.cachelab.engine.NextError;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.json.LocatedJsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads case and scenario files, checking everything before the engine sees it: every problem becomes a
 * {@link ContentException} naming the file, line, column and what was expected.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    public static Scenario load(Path path) throws ContentException {
        return load(LocatedJsonParser.parse(path), path.toString());
    }

    /** Loads a file bundled under {@code resources/}, e.g. {@code scenarios/stale-after-save.json}. */
    public static Scenario loadResource(String resource) throws ContentException {
        return load(LocatedJsonParser.parse(readResource(resource), resource), resource);
    }

    public static Scenario load(String text, String fileName) throws ContentException {
        return load(LocatedJsonParser.parse(text, fileName), fileName);
    }

    /** Loads a file already parsed (validate parses once to read its format). */
    public static Scenario load(JNode rootNode, String source) throws ContentException {
        JNode.JObject root = JRead.object(rootNode, "a case or scenario file");
        JNode formatNode = JRead.required(root, "format", "\"" + Scenario.CASE_FORMAT + "\" or \"" + Scenario.SCENARIO_FORMAT + "\"");
        String format = JRead.string(formatNode, "the file format");
        if (format.equals(Scenario.CASE_FORMAT)) return loadCase(root, source);
        if (format.equals(Scenario.SCENARIO_FORMAT)) return loadScenario(root, source);
        throw formatNode.where().error("unknown format \"" + format + "\"; expected \"" + Scenario.CASE_FORMAT
                + "\" or \"" + Scenario.SCENARIO_FORMAT + "\"");
    }

    private static Scenario loadCase(JNode.JObject root, String source) throws ContentException {
        JRead.onlyKeys(root, "a case file", "format", "id", "description", "observedOn", "app", "steps", "expect",
                "unstableSteps", "note");
        String id = JRead.requiredString(root, "id", "the case's id");
        JNode appNode = JRead.required(root, "app", "the app the case runs against");
        AppDefinition app = checkBuild(AppLoader.load(appNode), appNode);
        JNode stepsNode = JRead.required(root, "steps", "the case's steps");
        ScenarioLimits.checkStepCount(stepsNode);
        List<Step> steps = StepLoader.load(stepsNode, app);
        ScenarioLimits.checkSteps(stepsNode, steps);
        List<Expectation> expects = expectations(JRead.required(root, "expect", "one expectation per step"), steps.size());
        Set<Integer> unstable = new LinkedHashSet<>();
        JNode u = JRead.optional(root, "unstableSteps");
        if (u != null) {
            for (JNode item : JRead.array(u, "step indexes").items()) {
                long i = JRead.integer(item, "a step index", 0);
                if (i >= steps.size()) throw item.where().error("step " + i + " does not exist; the case has " + steps.size());
                unstable.add((int) i);
            }
        }
        String description = JRead.optionalString(root, "description", "a description");
        List<String> narration = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) narration.add("");
        return new Scenario(Scenario.CASE_FORMAT, id, id, description == null ? "" : description, source, app, steps,
                narration, expects, unstable, ScenarioExtras.NONE);
    }

    private static Scenario loadScenario(JNode.JObject root, String source) throws ContentException {
        JRead.onlyKeys(root, "a scenario file", "format", "id", "title", "summary", "category", "tool", "app", "steps",
                "expect", "code", "notes", "note");
        String id = JRead.requiredString(root, "id", "the scenario's id");
        String title = JRead.requiredString(root, "title", "the scenario's title");
        String summary = JRead.optionalString(root, "summary", "a one-paragraph summary");
        JNode appNode = JRead.required(root, "app", "the app: an object, or the name of a bundled app such as \"invoices\"");
        AppDefinition app = checkBuild(AppLoader.load(appNode instanceof JNode.JString s ? bundledApp(s) : appNode), appNode);
        JNode stepsNode = JRead.required(root, "steps", "the scenario's steps");
        ScenarioLimits.checkStepCount(stepsNode);
        List<Step> steps = StepLoader.load(stepsNode, app, "narration", "codeLine", "predict");
        ScenarioLimits.checkSteps(stepsNode, steps);
        List<String> narration = new ArrayList<>();
        List<Integer> codeLines = new ArrayList<>();
        List<ScenarioExtras.Prediction> predictions = new ArrayList<>();
        for (JNode item : JRead.array(stepsNode, "the steps").items()) {
            JNode.JObject o = (JNode.JObject) item;
            JNode predict = JRead.optional(o, "predict");
            if (predict != null) predictions.add(ScenarioExtrasLoader.prediction(predict, narration.size()));
            narration.add(JRead.requiredString(o, "narration", "one sentence saying what this step shows"));
            JNode cl = JRead.optional(o, "codeLine");
            codeLines.add(cl == null ? null : (int) JRead.integer(cl, "a line number of the code (1-based)", 1));
        }
        JNode expectNode = JRead.optional(root, "expect");
        List<Expectation> expects = expectNode == null ? List.of() : expectations(expectNode, steps.size());
        ScenarioExtras extras = ScenarioExtrasLoader.load(root, steps.size(), codeLines, predictions);
        return new Scenario(Scenario.SCENARIO_FORMAT, id, title, summary == null ? "" : summary, source, app, steps,
                narration, expects, Set.of(), extras);
    }

    private static List<Expectation> expectations(JNode node, int stepCount) throws ContentException {
        JNode.JArray arr = JRead.array(node, "one expectation per step");
        if (arr.items().size() != stepCount) {
            throw node.where().error("found " + arr.items().size() + " expectations for " + stepCount
                    + " steps; expected one per step (use {} for a step with nothing to check)");
        }
        List<Expectation> out = new ArrayList<>();
        for (JNode item : arr.items()) out.add(ExpectationLoader.load(item));
        return out;
    }

    /** {@code next build} must succeed: a prerendered page whose cached body throws fails the build (R30). */
    private static AppDefinition checkBuild(AppDefinition app, JNode at) throws ContentException {
        try {
            new Simulation(app);
        } catch (NextError e) {
            throw at.where().error("next build fails: " + e.getMessage().lines().findFirst().orElse("")
                    + "; expected prerendered pages whose cached functions do not throw");
        }
        return app;
    }

    /** The app bundled as {@code resources/apps/<name>.json}. */
    public static AppDefinition bundledApp(String name) throws ContentException {
        return AppLoader.load(bundledApp(new JNode.JString(name, new JNode.Where("app", 0, 0, "$.app"))));
    }

    /** {@code "app": "invoices"} names an app bundled under {@code resources/apps/}. */
    private static JNode bundledApp(JNode.JString name) throws ContentException {
        String resource = "apps/" + name.value() + ".json";
        if (!name.value().matches("[a-z0-9-]+") || ScenarioLoader.class.getClassLoader().getResource(resource) == null) {
            throw name.where().error("no bundled app \"" + name.value() + "\"; expected the name of an app bundled under resources/apps/,"
                    + " such as \"invoices\", or an app object");
        }
        JNode.JObject file = JRead.object(LocatedJsonParser.parse(readResource(resource), resource), "an app file");
        return JRead.required(file, "app", "the app");
    }

    static String readResource(String resource) throws ContentException {
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ContentException(resource, 0, 0, null, "no such bundled file");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException(resource, 0, 0, null, "cannot read: " + e.getMessage());
        }
    }
}
