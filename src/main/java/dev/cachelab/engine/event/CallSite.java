package dev.cachelab.engine.event;

/** Where a call runs; each context has its own rules (spec §3.1, §4.4, §6.2). */
public enum CallSite {
    SERVER_ACTION("Server Action"), ROUTE_HANDLER("Route Handler"), RENDER("page render"),
    USE_CACHE("'use cache' function"), CLIENT_COMPONENT("client component");

    private final String label;

    CallSite(String label) { this.label = label; }

    public String label() { return label; }
}
