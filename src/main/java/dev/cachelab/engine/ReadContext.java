package dev.cachelab.engine;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.state.UseCacheStore;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is reading a {@code 'use cache'} entry: a request render (stale is served, R12) or a fill of an outer entry
 * or a page (stale regenerates in the foreground); the reading page's implicit tags (R9, R10 step 4); the
 * invalidations of the action whose response is rendering (R11); and where the entry's tags and lifetime go.
 */
record ReadContext(Mode mode, Set<String> softTags, String route, List<PendingRevalidation> actionTags,
                   UseCacheStore store, Collector sink, boolean build) {

    enum Mode { REQUEST, FILL }

    ReadContext fillInto(Collector target) {
        return new ReadContext(Mode.FILL, softTags, route, actionTags, store, target, build);
    }

    /** A background re-run: a fill with the same page tags but outside the action's request (R12). */
    ReadContext background() {
        return new ReadContext(Mode.FILL, softTags, route, List.of(), store, new Collector(), build);
    }

    /** Collects the tags and lifetimes of the entries read, for an outer entry (R5, R31) or a route entry (R14). */
    static final class Collector {
        final Set<String> tags = new LinkedHashSet<>();
        CacheLife minLife;

        void add(List<String> entryTags, CacheLife life) {
            tags.addAll(entryTags);
            minLife = minLife == null ? life : minLife.min(life);
        }
    }
}
