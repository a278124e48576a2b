package dev.cachelab.engine.state;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The route-level (ISR) cache in front of prerendered pages: two copies per pathname (R14, R24). */
public final class RouteCache implements RouteCacheView {

    private final Map<String, EnumMap<RouteCopy, RouteEntry>> entries = new LinkedHashMap<>();

    /** An independent cache with the same entries (an engine checkpoint; entries are immutable). */
    public RouteCache copy() {
        RouteCache c = new RouteCache();
        entries.forEach((p, copies) -> c.entries.put(p, new EnumMap<>(copies)));
        return c;
    }

    @Override
    public RouteEntry get(String pathname, RouteCopy copy) {
        EnumMap<RouteCopy, RouteEntry> copies = entries.get(pathname);
        return copies == null ? null : copies.get(copy);
    }

    public void put(RouteEntry entry) {
        entries.computeIfAbsent(entry.pathname(), p -> new EnumMap<>(RouteCopy.class)).put(entry.copy(), entry);
    }

    @Override
    public Collection<String> pathnames() {
        return Collections.unmodifiableSet(entries.keySet());
    }
}
