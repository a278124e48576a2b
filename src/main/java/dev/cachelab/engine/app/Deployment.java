package dev.cachelab.engine.app;

import java.util.List;

/**
 * How many {@code next start} processes serve the app and what they share (conformance README, "Several
 * instances"): 1 to 4 named instances of one build, each with its own tags manifest, {@code 'use cache'} entries,
 * route-level cache and background work, and one database. {@code tagStore} says whether the {@code 'use cache'}
 * handler shares tag timestamps ({@code cacheHandlers.default}); {@code routing} and {@code sessions} say where the
 * load balancer sends a request whose step names no instance (Cache Lab's model of the balancer).
 */
public record Deployment(List<String> instances, TagStore tagStore, Routing routing, Sessions sessions) {

    public static final int MAX_INSTANCES = 4;

    /** One instance, as every case without {@code deployment} runs (README: the default instance is "A"). */
    public static final Deployment SINGLE =
            new Deployment(List.of("A"), TagStore.PER_INSTANCE, Routing.FIRST, Sessions.STICKY);

    public Deployment {
        instances = List.copyOf(instances);
        if (instances.isEmpty() || instances.size() > MAX_INSTANCES) {
            throw new IllegalArgumentException("1 to " + MAX_INSTANCES + " instances, not " + instances.size());
        }
    }

    public boolean isSingle() {
        return instances.size() == 1;
    }

    public String first() {
        return instances.get(0);
    }

    /** Who keeps the tag timestamps that {@code 'use cache'} entries are judged by. */
    public enum TagStore {
        /** Next.js's default: each process keeps its own in-memory tags manifest (spec §7.1, §7.3). */
        PER_INSTANCE("per-instance"),
        /**
         * A custom {@code cacheHandlers.default} that also writes tag timestamps to a store every instance reads
         * before each request (spec §7.2, §7.3). It reaches {@code 'use cache'} entries and, through
         * {@code getExpiration}, the soft tags of their readers; the route-level cache ({@code cacheHandler}) stays
         * per instance (FINDINGS, Several instances, 2).
         */
        SHARED("shared");

        private final String id;

        TagStore(String id) { this.id = id; }

        public String id() { return id; }
    }

    /** Where a request that is not pinned goes (Cache Lab's load balancer). */
    public enum Routing {
        /** Every such request reaches the first instance (the cases' default, "A"). */
        FIRST("first"),
        /** The balancer hands each such request to the next instance in turn. */
        ROUND_ROBIN("round-robin");

        private final String id;

        Routing(String id) { this.id = id; }

        public String id() { return id; }
    }

    /** Whether a browser keeps going to the instance its page came from (conformance README: sticky session). */
    public enum Sessions {
        STICKY("sticky"), NONE("none");

        private final String id;

        Sessions(String id) { this.id = id; }

        public String id() { return id; }
    }
}
