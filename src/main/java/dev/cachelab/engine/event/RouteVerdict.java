package dev.cachelab.engine.event;

/** How the route-level cache answered (R15, R16, R35). */
public enum RouteVerdict {
    HIT("HIT", "HIT"), STALE("STALE", "STALE — old page served, regenerating in the background"),
    MISS("MISS", "MISS — regenerated while the request waits"),
    EXPIRED_SHELL(null, "expired; the prerendered shell is served with the old data, regenerating in the background (R16)"),
    NOT_FOUND_FULL_LOAD(null, "expired; the RSC request gets 404 and the browser falls back to a full load (R35)");

    private final String header;
    private final String label;

    RouteVerdict(String header, String label) {
        this.header = header;
        this.label = label;
    }

    /** The {@code x-nextjs-cache} header, or null when the response carries none. */
    public String header() { return header; }

    public String label() { return label; }
}
