package dev.cachelab.engine;

import dev.cachelab.engine.state.RouteCache;
import dev.cachelab.engine.state.TagsManifest;
import dev.cachelab.engine.state.TagsView;
import dev.cachelab.engine.state.UseCacheStore;

/**
 * One {@code next start} process (conformance README, "Several instances"): its own {@code 'use cache'} entries (R3;
 * FINDINGS Several instances, 5: each instance computes its own), its own in-memory tags manifest, shared in-process
 * by the {@code 'use cache'} handler and the route-level cache (spec §7.1), and its own route-level cache, seeded from
 * the one build (R14). With a shared tag store its {@code 'use cache'} reads consult that store instead (spec §7.2,
 * §7.3; FINDINGS Several instances, 2).
 */
final class ServerInstance implements InstanceView {

    private final String name;
    final UseCacheStore store = new UseCacheStore();
    final TagsManifest manifest = new TagsManifest();
    final RouteCache routeCache = new RouteCache();
    private final TagsManifest sharedTags;

    ServerInstance(String name, TagsManifest sharedTags) {
        this.name = name;
        this.sharedTags = sharedTags;
    }

    /** The tags the {@code 'use cache'} handler judges entries and readers' soft tags by (R10 steps 3, 4, 6). */
    TagsManifest useCacheManifest() {
        return sharedTags != null ? sharedTags : manifest;
    }

    @Override public String name() { return name; }
    @Override public UseCacheStore store() { return store; }
    @Override public TagsManifest manifest() { return manifest; }
    @Override public RouteCache routeCache() { return routeCache; }
    @Override public TagsView useCacheTags() { return useCacheManifest(); }
}
