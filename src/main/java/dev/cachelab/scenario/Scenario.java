package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.AppDefinition;

import java.util.List;
import java.util.Set;

/**
 * A playable file: a conformance case ({@code cachelab-conformance/1}) or an explorer scenario
 * ({@code cachelab-scenario/1}). {@code narration} has one line per step (empty for cases); {@code expects} one
 * expectation per step, or none; {@code extras} carries the scenario-only content the explorer shows.
 */
public record Scenario(String format, String id, String title, String description, String source, AppDefinition app,
                       List<Step> steps, List<String> narration, List<Expectation> expects, Set<Integer> unstableSteps,
                       ScenarioExtras extras) {

    public static final String CASE_FORMAT = "cachelab-conformance/1";
    public static final String SCENARIO_FORMAT = "cachelab-scenario/1";

    public boolean isCase() {
        return CASE_FORMAT.equals(format);
    }

    public boolean hasExpectations() {
        return !expects.isEmpty();
    }
}
