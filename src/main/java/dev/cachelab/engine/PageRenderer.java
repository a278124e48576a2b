package dev.cachelab.engine;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.Rendering;
import dev.cachelab.engine.app.RenderCall;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RouteVerdict;
import dev.cachelab.engine.event.RunMode;
import dev.cachelab.engine.rules.TagRules;
import dev.cachelab.engine.state.Output;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.engine.state.RouteEntry;
import dev.cachelab.engine.state.UseCacheStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders pages: request-time renders (R13), the route-level cache of prerendered pages (R14–R17), partial
 * prerenders with dynamic holes (R18), and the calls a page makes while rendering (R30).
 */
final class PageRenderer {

    private final EngineState s;
    private final CacheReader reader;

    PageRenderer(EngineState state, CacheReader reader) {
        this.s = state;
        this.reader = reader;
    }

    /** R18: a function whose lifetime is too short to prerender is left out of the shell. */
    private boolean isHole(CallExpr read) {
        return s.app.effectiveLife(read.function()).isDynamicHole();
    }

    private boolean usesRouteCache(RouteDef route) {
        return route.rendering() == Rendering.PRERENDERED || route.rendering() == Rendering.PARTIAL_PRERENDER;
    }

    private boolean readsAHole(RouteDef route) {
        return route.reads().stream().anyMatch(this::isHole);
    }

    /** A prerendered page with a dynamic hole behaves as a partial prerender: no header, holes per request (R18). */
    private boolean hasHoles(RouteDef route) {
        return route.rendering() == Rendering.PARTIAL_PRERENDER || readsAHole(route);
    }

    /**
     * R33 with R18: a page that reads anything at request time (request-time rendering, or a dynamic hole in its
     * shell) sends a dynamic payload, which the client router cache never reuses.
     */
    boolean sendsDynamicPayload(RouteDef route) {
        return route.rendering() == Rendering.REQUEST_TIME || readsAHole(route);
    }

    /** R14: {@code next build} renders every prerendered pathname in one build-time scope. */
    void build() {
        UseCacheStore buildStore = new UseCacheStore();
        for (RouteDef route : s.app.routes()) {
            if (!usesRouteCache(route)) continue;
            List<Map<String, String>> paramSets = route.hasDynamicSegment() ? route.staticParams() : List.of(Map.of());
            for (Map<String, String> params : paramSets) {
                String pathname = route.pathnameFor(params);
                Set<String> soft = TagRules.softTags(route.filePath(), pathname);
                ReadContext.Collector c = new ReadContext.Collector();
                ReadContext ctx = new ReadContext(ReadContext.Mode.FILL, soft, route.path(), List.of(), buildStore, c, true);
                Map<String, Output> outputs = new LinkedHashMap<>();
                for (CallExpr read : route.reads()) {
                    if (!isHole(read)) outputs.put(read.function(), reader.read(read.function(), read.resolve(params), ctx));
                }
                for (RouteCopy copy : RouteCopy.values()) {
                    RouteEntry e = new RouteEntry(pathname, copy, outputs, VirtualClock.BUILD_TIME,
                            withSoftTags(c.tags, soft), pageLife(c));
                    for (ServerInstance i : s.instances) i.routeCache.put(e); // every instance has the build output
                }
                s.emit(new EngineEvent.RouteEntryStored(s.clock.tick(), pathname, RouteCopy.MAIN, versions(outputs), s.inst()));
            }
        }
    }

    /** Serves a request for a page through the route-level cache where there is one. */
    PageResult request(RouteDef route, String pathname, Map<String, String> params, RouteCopy copy,
                       List<PendingRevalidation> forwarded, boolean navigation) {
        if (!usesRouteCache(route)) return renderDynamic(route, pathname, params, forwarded);
        RouteRead shell = readRoute(route, pathname, params, copy, forwarded, navigation);
        if (shell.verdict == RouteVerdict.NOT_FOUND_FULL_LOAD) {
            return new PageResult(route, pathname, Map.of(), 404, shell.verdict, null, null, false);
        }
        boolean holes = hasHoles(route);
        Map<String, Output> outputs = new LinkedHashMap<>();
        if (holes) {
            // R18: holes are read at request time; the rest comes from the shell entry
            ReadContext ctx = requestContext(route, pathname, forwarded);
            for (CallExpr read : route.reads()) {
                Output o = isHole(read) ? reader.read(read.function(), read.resolve(params), ctx) : shell.outputs.get(read.function());
                if (o != null) outputs.put(read.function(), o);
            }
        } else {
            outputs.putAll(shell.outputs);
        }
        String header = holes ? null : shell.verdict.header();
        return new PageResult(route, pathname, outputs, shell.status, shell.verdict, header, null, shell.runtime);
    }

    private ReadContext requestContext(RouteDef route, String pathname, List<PendingRevalidation> actionTags) {
        return new ReadContext(ReadContext.Mode.REQUEST, TagRules.softTags(route.filePath(), pathname), route.path(),
                actionTags, s.current.store, new ReadContext.Collector(), false);
    }

    /**
     * R13 (and R21(c), R29): every read goes through R10 with the page's soft tags, and R11 with the action's tags;
     * the route-level cache is neither read nor written. Render calls run in order (R30).
     */
    PageResult renderDynamic(RouteDef route, String pathname, Map<String, String> params,
                             List<PendingRevalidation> actionTags) {
        ReadContext ctx = requestContext(route, pathname, actionTags);
        Map<String, Output> outputs = new LinkedHashMap<>();
        boolean anyCaught = route.renderCalls().stream().anyMatch(RenderCall::caught);
        List<String> caught = anyCaught ? new ArrayList<>() : null;
        try {
            for (CallExpr read : route.reads()) {
                outputs.put(read.function(), reader.read(read.function(), read.resolve(params), ctx));
            }
            for (RenderCall rc : route.renderCalls()) {
                try {
                    RenderCalls.run(s, rc.call(), route.path());
                    if (caught != null) caught.add(null);
                } catch (NextError e) {
                    if (!rc.caught()) throw e;
                    s.emit(new EngineEvent.ErrorThrown(s.clock.tick(), e.getMessage(), "page render", true, s.inst()));
                    caught.add(e.getMessage());
                }
            }
        } catch (NextError e) {
            // R30: the error escapes inside the page's <Suspense>: still 200, the server prints it
            s.emit(new EngineEvent.ErrorThrown(s.clock.tick(), e.getMessage(), "page render", false, s.inst()));
            s.logError(e.getMessage());
        }
        return new PageResult(route, pathname, outputs, 200, null, null, caught, true);
    }

    private static final class RouteRead {
        RouteVerdict verdict;
        Map<String, Output> outputs = Map.of();
        int status = 200;
        boolean runtime;
    }

    /** R15, R16 (and R35's check for navigations): judge one copy of a route entry against the manifest. */
    private RouteRead readRoute(RouteDef route, String pathname, Map<String, String> params, RouteCopy copy,
                                List<PendingRevalidation> forwarded, boolean navigation) {
        RouteRead r = new RouteRead();
        RouteEntry e = s.current.routeCache.get(pathname, copy);
        long now = s.clock.tick();
        if (e == null) {
            // a param that was not built: rendered on demand, then cached
            s.emit(new EngineEvent.RouteCacheRead(now, pathname, copy, RouteVerdict.MISS, null, s.inst()));
            return regenerateBlocking(r, route, pathname, params, copy, forwarded);
        }
        long ageMs = s.clock.nowMs() - VirtualClock.msOf(e.timestamp());
        // the route-level cache checks the process's own manifest, never a cacheHandlers tag store (FINDINGS Several
        // instances, 2)
        String expiredTag = s.current.manifest.firstExpired(e.tags(), e.timestamp(), now);
        boolean expired = expiredTag != null || ageMs > e.life().expire() * 1000;
        if (expired) {
            if (route.hasDynamicSegment()) {
                if (navigation) {
                    // R35: the RSC request cannot be answered from the shell: 404, and the browser loads the page
                    s.emit(new EngineEvent.RouteCacheRead(now, pathname, copy, RouteVerdict.NOT_FOUND_FULL_LOAD, expiredTag, s.inst()));
                    r.verdict = RouteVerdict.NOT_FOUND_FULL_LOAD;
                    return r;
                }
                // R16: the prerendered shell resumes with the old data, no header, regenerated in the background
                s.emit(new EngineEvent.RouteCacheRead(now, pathname, copy, RouteVerdict.EXPIRED_SHELL, expiredTag, s.inst()));
                queueRegeneration(route, pathname, params, copy);
                r.verdict = RouteVerdict.EXPIRED_SHELL;
                r.outputs = e.outputs();
                r.runtime = !e.isBuildOutput();
                return r;
            }
            // R15: expired → MISS, regenerated while the request waits
            s.emit(new EngineEvent.RouteCacheRead(now, pathname, copy, RouteVerdict.MISS, expiredTag, s.inst()));
            return regenerateBlocking(r, route, pathname, params, copy, forwarded);
        }
        String staleTag = s.current.manifest.firstStale(e.tags(), e.timestamp());
        if (staleTag != null || ageMs > e.life().revalidate() * 1000) {
            // R15: stale → the old page now, one background regeneration of this copy
            s.emit(new EngineEvent.RouteCacheRead(now, pathname, copy, RouteVerdict.STALE, staleTag, s.inst()));
            queueRegeneration(route, pathname, params, copy);
            r.verdict = RouteVerdict.STALE;
        } else {
            s.emit(new EngineEvent.RouteCacheRead(now, pathname, copy, RouteVerdict.HIT, null, s.inst()));
            r.verdict = RouteVerdict.HIT;
        }
        r.outputs = e.outputs();
        r.runtime = !e.isBuildOutput();
        return r;
    }

    /** R35: the full load that follows a 404 navigation is a blocking regeneration of the main copy. */
    PageResult fullLoadAfterNotFound(RouteDef route, String pathname, Map<String, String> params) {
        RouteRead r = regenerateBlocking(new RouteRead(), route, pathname, params, RouteCopy.MAIN, List.of());
        return new PageResult(route, pathname, r.outputs, r.status, RouteVerdict.MISS, RouteVerdict.MISS.header(), null, true);
    }

    private RouteRead regenerateBlocking(RouteRead r, RouteDef route, String pathname, Map<String, String> params,
                                         RouteCopy copy, List<PendingRevalidation> forwarded) {
        s.emit(new EngineEvent.RequestBlocked(s.clock.tick(), "page " + pathname, s.inst()));
        r.verdict = RouteVerdict.MISS;
        r.runtime = true;
        try {
            r.outputs = regenerate(route, pathname, params, copy, forwarded).outputs();
        } catch (NextError err) {
            s.emit(new EngineEvent.ErrorThrown(s.clock.tick(), err.getMessage(), "page render", false, s.inst()));
            s.logError(err.getMessage());
            r.status = 500;
        }
        return r;
    }

    private void queueRegeneration(RouteDef route, String pathname, Map<String, String> params, RouteCopy copy) {
        String target = "page " + pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : "");
        s.queueBackground(target, () -> {
            s.emit(new EngineEvent.BackgroundRegenerationStarted(s.clock.tick(), target, s.inst()));
            try {
                regenerate(route, pathname, params, copy, List.of());
            } catch (NextError err) {
                s.emit(new EngineEvent.ErrorThrown(s.clock.tick(), err.getMessage(), "page render", false, s.inst()));
                s.logError(err.getMessage());
            }
            s.emit(new EngineEvent.BackgroundRegenerationFinished(s.clock.tick(), target, s.inst()));
        });
    }

    /** R17: render the shell reads as fills with the page's soft tags; store a new entry in the same copy. */
    private RouteEntry regenerate(RouteDef route, String pathname, Map<String, String> params, RouteCopy copy,
                                  List<PendingRevalidation> forwarded) {
        long ts = s.clock.tick();
        Set<String> soft = TagRules.softTags(route.filePath(), pathname);
        ReadContext.Collector c = new ReadContext.Collector();
        ReadContext ctx = new ReadContext(ReadContext.Mode.FILL, soft, route.path(), forwarded, s.current.store, c, false);
        Map<String, Output> outputs = new LinkedHashMap<>();
        for (CallExpr read : route.reads()) {
            if (!isHole(read)) outputs.put(read.function(), reader.read(read.function(), read.resolve(params), ctx));
        }
        RouteEntry entry = new RouteEntry(pathname, copy, outputs, ts, withSoftTags(c.tags, soft), pageLife(c));
        s.current.routeCache.put(entry);
        s.emit(new EngineEvent.RouteEntryStored(s.clock.tick(), pathname, copy, versions(outputs), s.inst()));
        return entry;
    }

    /** R14: a route entry carries the tags of every entry read plus the page's implicit tags. */
    private static Set<String> withSoftTags(Set<String> hard, Set<String> soft) {
        Set<String> all = new LinkedHashSet<>(hard);
        all.addAll(soft);
        return all;
    }

    /** A page lives as long as its shortest read; a page with no cached reads never ages. */
    private static CacheLife pageLife(ReadContext.Collector c) {
        return c.minLife != null ? c.minLife : new CacheLife(CacheLife.INFINITE, CacheLife.INFINITE, CacheLife.INFINITE);
    }

    static Map<String, Integer> versions(Map<String, Output> outputs) {
        Map<String, Integer> v = new LinkedHashMap<>();
        outputs.forEach((fn, o) -> v.put(fn, o.version()));
        return v;
    }
}
