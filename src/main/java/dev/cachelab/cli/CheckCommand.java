package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code check FILE...}: runs each case or scenario and compares every step with its {@code expect}. */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "  check FILE...         run cases/scenarios and compare each step with its expectations";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("cachelab: check takes one or more files");
            return 2;
        }
        int failed = 0;
        boolean badInput = false;
        for (String file : args) {
            try {
                Scenario scenario = ScenarioLoader.load(Path.of(file));
                if (!scenario.hasExpectations()) {
                    out.println(file + ": no expectations to check");
                    continue;
                }
                List<Conformance.Mismatch> mismatches = Conformance.check(scenario, Conformance.run(scenario));
                if (mismatches.isEmpty()) {
                    out.println(file + ": PASS");
                } else {
                    failed++;
                    out.println(file + ": FAIL");
                    for (Conformance.Mismatch m : mismatches) out.println("  " + m);
                }
            } catch (ContentException e) {
                err.println(e.getMessage());
                badInput = true;
            }
        }
        return badInput ? 2 : failed > 0 ? 1 : 0;
    }
}
