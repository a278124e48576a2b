package dev.cachelab.scenario;

import dev.cachelab.engine.Served;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a step is expected to show (conformance README, "expect"); only {@code keys} are compared. */
public record Expectation(Set<String> keys, Integer status, String routeCache, Map<String, ExpectedServed> served,
                          String error, Boolean errorPage, List<String> logs, Boolean fetched,
                          List<String> caughtErrors) {

    /** {@code outcome} is null for an embedded {@code outer.inner} output, which has a version only. */
    public record ExpectedServed(int version, Served.Outcome outcome) { }

    public static Expectation none() {
        return new Expectation(Set.of(), null, null, null, null, null, null, null, null);
    }
}
