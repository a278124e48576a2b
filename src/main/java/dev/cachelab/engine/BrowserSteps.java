package dev.cachelab.engine;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.Rendering;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.event.RouteVerdict;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.ClientPayload;
import dev.cachelab.engine.state.RouteCopy;

import java.util.List;
import java.util.Map;

/** The browser: full loads (R22), {@code router.refresh()} (R23, R24) and Link navigations (R33–R35). */
final class BrowserSteps {

    private final EngineState s;
    private final PageRenderer pages;

    BrowserSteps(EngineState state, PageRenderer pages) {
        this.s = state;
        this.pages = pages;
    }

    /** R22: a full load is an HTTP GET; the browser resets its refresh count and empties its client cache. */
    void fullLoad(BrowserState b, String url, String reason) {
        s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.FULL_LOAD, url, b.viewer(), s.inst()));
        PageResult page = get(url);
        emptyClientCache(b, reason);
        show(b, url, page);
    }

    PageResult get(String url) {
        RouteDef route = route(url);
        return pages.request(route, url, route.match(url), RouteCopy.MAIN, List.of(), false);
    }

    void emptyClientCache(BrowserState b, String reason) {
        b.emptyClientCache();
        s.emit(new EngineEvent.ClientCacheInvalidated(s.clock.tick(), b.viewer(), reason));
    }

    void show(BrowserState b, String url, PageResult page) {
        b.show(url, page.outputs());
        b.resetRefreshCount();
        s.emit(new EngineEvent.PageShown(s.clock.tick(), b.viewer(), url, PageRenderer.versions(page.outputs()), false, s.inst()));
    }

    /**
     * R23: on a request-time page each call renders the page. R24: on a prerendered page the first refresh after a
     * load or navigation reads the main copy; later ones show the refresh copy and then read the main copy too.
     * No debounce: {@code times} calls make {@code times} refreshes (T6).
     */
    void routerRefresh(BrowserState b, int times) {
        for (int i = 0; i < times; i++) {
            if (b.url() == null) return;
            String url = b.url();
            RouteDef route = route(url);
            Map<String, String> params = route.match(url);
            s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.RSC_REFRESH, url, b.viewer(), s.inst()));
            PageResult shown;
            if (route.rendering() == Rendering.REQUEST_TIME) {
                shown = pages.request(route, url, params, RouteCopy.MAIN, List.of(), false);
            } else if (b.refreshCount() == 0) {
                shown = pages.request(route, url, params, RouteCopy.MAIN, List.of(), false);
            } else {
                shown = pages.request(route, url, params, RouteCopy.REFRESH, List.of(), false);
                pages.request(route, url, params, RouteCopy.MAIN, List.of(), false);
            }
            b.show(url, shown.outputs());
            b.countRefresh();
            s.emit(new EngineEvent.PageShown(s.clock.tick(), b.viewer(), url, PageRenderer.versions(shown.outputs()), false, s.inst()));
        }
    }

    /** R33–R35: a client-side navigation; returns whether the browser sent a request. */
    boolean linkNavigate(BrowserState b, String url) {
        ClientPayload payload = b.payload(url);
        if (payload != null && payload.usableAt(s.clock.nowMs())) {
            // R33: served from the client router cache, no request, no body runs
            s.emit(new EngineEvent.ClientCacheServed(s.clock.tick(), b.viewer(), url));
            b.show(url, payload.outputs());
            b.resetRefreshCount();
            s.emit(new EngineEvent.PageShown(s.clock.tick(), b.viewer(), url, PageRenderer.versions(payload.outputs()), false, s.inst()));
            return false;
        }
        RouteDef route = route(url);
        Map<String, String> params = route.match(url);
        s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.RSC_NAVIGATION, url, b.viewer(), s.inst()));
        if (route.rendering() == Rendering.REQUEST_TIME) {
            // R33: a request-time payload is dynamic and never kept
            show(b, url, pages.request(route, url, params, RouteCopy.MAIN, List.of(), true));
            return true;
        }
        boolean again = b.wasNavFetched(url);
        PageResult shown = pages.request(route, url, params, again ? RouteCopy.REFRESH : RouteCopy.MAIN, List.of(), true);
        if (shown.verdict() == RouteVerdict.NOT_FOUND_FULL_LOAD) {
            // R35: 404 for the RSC request, then a full load answered by a blocking regeneration
            s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.FULL_LOAD, url, b.viewer(), s.inst()));
            PageResult full = pages.fullLoadAfterNotFound(route, url, params);
            emptyClientCache(b, "full page load after a 404 navigation");
            show(b, url, full);
            return true;
        }
        if (again) {
            // R34: the second request reads the main copy; what it returns is not shown
            pages.request(route, url, params, RouteCopy.MAIN, List.of(), false);
        }
        b.recordNavFetch(url);
        // R33: keep payloads rendered at run time, not build output served as HIT or STALE
        if (shown.runtimeRendered()) keep(b, url, route, shown);
        show(b, url, shown);
        return true;
    }

    /** R33: the client router cache keeps a page's payload unless the page is dynamic (R18 holes included). */
    void keep(BrowserState b, String url, RouteDef route, PageResult page) {
        if (!pages.sendsDynamicPayload(route)) b.store(new ClientPayload(url, page.outputs(), s.clock.nowMs(), staleMs(route)));
    }

    /** R33: the payload's stale time is the smallest {@code stale} of the page's reads, at least 30 s (spec §1.4). */
    long staleMs(RouteDef route) {
        CacheLife life = s.app.profiles().defaultProfile();
        for (CallExpr read : route.reads()) life = life.min(s.app.effectiveLife(read.function()));
        return life.clientStaleMs();
    }

    RouteDef route(String url) {
        return s.app.routeFor(url).orElseThrow(() -> new IllegalArgumentException("no route serves " + url));
    }
}
