package dev.cachelab.engine.app;

/** How a route is rendered (conformance README, "app"). */
public enum Rendering {
    /** Built at {@code next build}; a route-level cache entry sits in front of the {@code 'use cache'} entries (R14). */
    PRERENDERED("prerendered"),
    /** Reads happen after {@code await connection()}: every request reads the entries directly (R13). */
    REQUEST_TIME("request-time"),
    /** A prerendered shell with dynamic holes read per request (R18). */
    PARTIAL_PRERENDER("partial-prerender"),
    /** A Route Handler ({@code kind: route-handler}). */
    ROUTE_HANDLER("route-handler");

    private final String id;

    Rendering(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
