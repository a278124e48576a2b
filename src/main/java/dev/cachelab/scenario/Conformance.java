package dev.cachelab.scenario;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Runs a scenario on a fresh simulation and compares each step with its expectation (conformance README). */
public final class Conformance {

    private Conformance() {
    }

    public static List<StepResult> run(Scenario scenario) {
        Simulation sim = new Simulation(scenario.app());
        List<StepResult> results = new ArrayList<>();
        for (Step step : scenario.steps()) results.add(sim.run(step));
        return results;
    }

    /** A step that did not show what was expected. */
    public record Mismatch(int step, String key, String expected, String observed) {
        @Override
        public String toString() {
            return "step " + step + " " + key + ": expected " + expected + ", observed " + observed;
        }
    }

    /** Every mismatch of every step not listed as unstable; empty when the scenario passes. */
    public static List<Mismatch> check(Scenario scenario, List<StepResult> results) {
        List<Mismatch> out = new ArrayList<>();
        for (int i = 0; i < scenario.expects().size(); i++) {
            if (scenario.unstableSteps().contains(i)) continue;
            out.addAll(compare(i, scenario.expects().get(i), results.get(i)));
        }
        return out;
    }

    public static List<Mismatch> compare(int i, Expectation e, StepResult r) {
        List<Mismatch> out = new ArrayList<>();
        for (String key : e.keys()) {
            switch (key) {
                case "status" -> same(out, i, key, e.status(), r.status());
                case "routeCache" -> same(out, i, key, e.routeCache(), r.routeCache());
                case "error" -> same(out, i, key, e.error(), r.error());
                case "errorPage" -> same(out, i, key, e.errorPage(), Boolean.TRUE.equals(r.errorPage()));
                case "fetched" -> same(out, i, key, e.fetched(), r.fetched());
                case "caughtErrors" -> same(out, i, key, e.caughtErrors(), r.caughtErrors());
                case "instance" -> same(out, i, key, e.instance(), r.instance());
                case "logs" -> {
                    List<String> seen = r.logs().stream().map(String::stripTrailing).toList();
                    for (String line : e.logs()) {
                        if (!seen.contains(line.stripTrailing())) out.add(new Mismatch(i, "logs", "a line " + line, String.valueOf(r.logs())));
                    }
                }
                case "served" -> served(out, i, e.served(), r.served());
                default -> out.add(new Mismatch(i, key, "a known key", "unknown"));
            }
        }
        return out;
    }

    private static void served(List<Mismatch> out, int i, Map<String, Expectation.ExpectedServed> expected,
                               Map<String, Served> observed) {
        for (var e : expected.entrySet()) {
            Served s = observed == null ? null : observed.get(e.getKey());
            String want = "v" + e.getValue().version() + (e.getValue().outcome() != null ? " " + e.getValue().outcome() : "");
            if (s == null) {
                out.add(new Mismatch(i, "served." + e.getKey(), want, "nothing"));
            } else if (s.version() != e.getValue().version()
                    || (e.getValue().outcome() != null && e.getValue().outcome() != s.outcome())) {
                out.add(new Mismatch(i, "served." + e.getKey(), want, "v" + s.version() + " " + s.outcome()));
            }
        }
    }

    private static void same(List<Mismatch> out, int i, String key, Object expected, Object observed) {
        if (!Objects.equals(expected, observed)) out.add(new Mismatch(i, key, String.valueOf(expected), String.valueOf(observed)));
    }
}
