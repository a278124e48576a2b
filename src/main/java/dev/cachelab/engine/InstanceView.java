package dev.cachelab.engine;

import dev.cachelab.engine.state.RouteCacheView;
import dev.cachelab.engine.state.TagsView;
import dev.cachelab.engine.state.UseCacheView;

/**
 * A read-only look at one {@code next start} process of the deployment: its {@code 'use cache'} entries, its own
 * tags manifest, its route-level cache, and the tag timestamps its {@code 'use cache'} reads are judged by (its own
 * manifest, or the shared tag store).
 */
public interface InstanceView {

    String name();

    UseCacheView store();

    /** The process's in-memory tags manifest, which its route-level cache is always judged by (spec §7.1). */
    TagsView manifest();

    RouteCacheView routeCache();

    /** What this instance's {@code 'use cache'} reads consult: {@link #manifest()}, or the shared tag store. */
    TagsView useCacheTags();
}
