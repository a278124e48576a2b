package dev.cachelab.engine;

import dev.cachelab.engine.event.EngineEvent;

import java.util.List;
import java.util.Map;

/**
 * What one step produced, with the keys of the conformance format ({@code status}, {@code routeCache}, {@code served},
 * {@code error}, {@code errorPage}, {@code logs}, {@code fetched}, {@code caughtErrors}); a key that does not apply to
 * the step's kind is null (for {@code routeCache}, see {@link #hasRouteCache()}). Plus every event of the step, and
 * the instance that received it (null in a one-instance deployment).
 */
public record StepResult(int index, Step step, String instance, Integer status, boolean hasRouteCache, String routeCache,
                         Map<String, Served> served, String error, Boolean errorPage, List<String> logs,
                         Boolean fetched, List<String> caughtErrors, List<EngineEvent> events) {
}
