package dev.cachelab.scenario;

import dev.cachelab.engine.Served;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a step is expected to show (conformance README, "expect"); only {@code keys} are compared. Cache Lab adds
 * {@code instance}: the instance that received the step, for scenarios whose lesson is the routing.
 */
public record Expectation(Set<String> keys, Integer status, String routeCache, Map<String, ExpectedServed> served,
                          String error, Boolean errorPage, List<String> logs, Boolean fetched,
                          List<String> caughtErrors, String instance) {

    public Expectation(Set<String> keys, Integer status, String routeCache, Map<String, ExpectedServed> served,
                       String error, Boolean errorPage, List<String> logs, Boolean fetched, List<String> caughtErrors) {
        this(keys, status, routeCache, served, error, errorPage, logs, fetched, caughtErrors, null);
    }

    /** {@code outcome} is null for an embedded {@code outer.inner} output, which has a version only. */
    public record ExpectedServed(int version, Served.Outcome outcome) { }

    public static Expectation none() {
        return new Expectation(Set.of(), null, null, null, null, null, null, null, null);
    }
}
