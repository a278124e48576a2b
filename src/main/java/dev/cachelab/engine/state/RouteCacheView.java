package dev.cachelab.engine.state;

import java.util.Collection;

/** A read-only look at one instance's route-level cache (R14, R24). */
public interface RouteCacheView {

    RouteEntry get(String pathname, RouteCopy copy);

    Collection<String> pathnames();
}
