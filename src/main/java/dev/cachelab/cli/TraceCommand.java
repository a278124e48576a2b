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
import java.util.List;

/**
 * {@code trace FILE}: runs a case or scenario and prints what each step showed and its events, as JSON, each
 * step written as soon as it has run ({@link TraceJson}).
 */
final class TraceCommand implements Command {

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String usage() {
        return "  trace CASE.json       run a case or scenario; print what each step showed and its events, as JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("cachelab: trace takes one file: trace CASE.json");
            return 2;
        }
        return trace(Path.of(args.get(0)), out, err);
    }

    static int trace(Path file, PrintStream out, PrintStream err) {
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
