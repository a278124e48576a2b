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
    final UseCacheStore store;
    final TagsManifest manifest;
    final RouteCache routeCache;
    private final TagsManifest sharedTags;

    ServerInstance(String name, TagsManifest sharedTags) {
        this(name, new UseCacheStore(), new TagsManifest(), new RouteCache(), sharedTags);
    }

    private ServerInstance(String name, UseCacheStore store, TagsManifest manifest, RouteCache routeCache,
                           TagsManifest sharedTags) {
        this.name = name;
        this.store = store;
        this.manifest = manifest;
        this.routeCache = routeCache;
        this.sharedTags = sharedTags;
    }

    /** An independent process in the same state, reading {@code sharedTags} (the copy of the shared store, or null). */
    ServerInstance copy(TagsManifest sharedTags) {
        return new ServerInstance(name, store.copy(), manifest.copy(), routeCache.copy(), sharedTags);
    }

    /** How much a copy of this instance holds: entries, pages and tags (for sizing checkpoints). */
    int size() {
        return store.size() + routeCache.pathnames().size() + manifest.all().size();
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
