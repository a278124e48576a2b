package dev.cachelab.cli;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code trace FILE}: runs a case or scenario and prints what each step showed and its events, as JSON, each
 * step written as soon as it has run ({@link TraceJson}).
 */
final class TraceCommand {

    private TraceCommand() {
    }

    static int run(Path file, PrintStream out, PrintStream err) {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ContentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Simulation sim = new Simulation(scenario.app());
        try (TraceJson trace = new TraceJson(out, scenario.id())) {
            for (Step step : scenario.steps()) trace.step(sim.run(step));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
