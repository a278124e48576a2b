package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One kind of content file that {@code validate} knows, chosen by the file's {@code "format"}. */
public interface ContentKind {

    boolean accepts(String format);

    /** Checks the file; returns problems found after loading (an expectation the engine does not meet, say). */
    List<String> validate(Path file) throws ContentException;

    /** Cases and scenarios: load them, build the app, and run any expectations they carry. */
    ContentKind SCENARIOS = new ContentKind() {
        @Override
        public boolean accepts(String format) {
            return Scenario.CASE_FORMAT.equals(format) || Scenario.SCENARIO_FORMAT.equals(format);
        }

        @Override
        public List<String> validate(Path file) throws ContentException {
            Scenario scenario = ScenarioLoader.load(file);
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
