package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One kind of content file that {@code validate} knows, chosen by the file's {@code "format"} ({@link ContentKinds}). */
public interface ContentKind {

    /** The {@code "format"} values of its files, e.g. "cachelab-scenario/1". */
    List<String> formats();

    /**
     * Checks the file, already parsed into {@code root}; returns problems found after loading (an expectation the
     * engine does not meet, say).
     */
    List<String> validate(Path file, JNode.JObject root) throws ContentException;

    /** Cases and scenarios: load them, build the app, and run any expectations they carry. */
    ContentKind SCENARIOS = new ContentKind() {
        @Override
        public List<String> formats() {
            return List.of(Scenario.CASE_FORMAT, Scenario.SCENARIO_FORMAT);
        }

        @Override
        public List<String> validate(Path file, JNode.JObject root) throws ContentException {
            Scenario scenario = ScenarioLoader.load(root, file.toString());
            List<String> problems = new ArrayList<>();
            if (scenario.hasExpectations()) {
                for (Conformance.Mismatch m : Conformance.check(scenario, Conformance.run(scenario))) {
                    problems.add(file + ": " + m);
                }
            }
            return problems;
        }
    };

    /** The scenario index ({@code resources/scenarios/index.json}): {@link ScenarioIndexKind}. */
    ContentKind SCENARIO_INDEX = new ScenarioIndexKind();
}
