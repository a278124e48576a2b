package dev.cachelab.engine.state;

import dev.cachelab.engine.app.CacheLife;

import java.util.Map;
import java.util.Set;
import dev.cachelab.engine.VirtualClock;

/**
 * A route-level cache entry of a prerendered page (R14): what the page displays, when it was rendered
 * ({@link dev.cachelab.engine.VirtualClock#BUILD_TIME} for build output), and its hard and implicit tags.
 */
public record RouteEntry(String pathname, RouteCopy copy, Map<String, Output> outputs, long timestamp,
                         Set<String> tags, CacheLife life) {

    public boolean isBuildOutput() {
        return timestamp == VirtualClock.BUILD_TIME;
    }
}
