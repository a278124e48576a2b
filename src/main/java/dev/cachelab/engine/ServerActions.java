package dev.cachelab.engine;

import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.CallSite;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.RouteCopy;

import java.util.List;

/** A Server Action and what its response renders (R20, R21, R29, R11, R33). */
final class ServerActions {

    private final EngineState s;
    private final CallRunner calls;
    private final PageRenderer pages;
    private final BrowserSteps browser;

    ServerActions(EngineState state, CallRunner calls, PageRenderer pages, BrowserSteps browser) {
        this.s = state;
        this.calls = calls;
        this.pages = pages;
        this.browser = browser;
    }

    void run(Step.ServerAction step) {
        BrowserState b = s.browser(step.viewer());
        s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.SERVER_ACTION, step.from(), b.viewer()));
        HandlerRun run = new HandlerRun();
        calls.runBody(step.body(), CallSite.SERVER_ACTION, run);
        calls.writeManifest(run); // R7, R20: written whether the body returned or threw (T3: before any render)
        RouteDef from = browser.route(step.from());

        if (run.escaped != null) {
            // R21(a): the error page; a client-refreshing (or refresh()) action still renders its page, unseen
            s.logError(run.escaped.getMessage());
            if (run.clientRefreshing || run.refreshCalled) renderFrom(from, step.from(), run.pending);
            if (run.clientRefreshing) browser.emptyClientCache(b, "x-action-revalidated: 1");
            b.showErrorPage();
            s.emit(new EngineEvent.PageShown(s.clock.tick(), b.viewer(), step.from(), java.util.Map.of(), true));
        } else if (step.redirect() != null) {
            // R21(b): the target renders inside the action's response; prerendered targets go through the main copy
            RouteDef target = browser.route(step.redirect());
            s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.REDIRECT_RENDER, step.redirect(), b.viewer()));
            PageResult page = pages.request(target, step.redirect(), target.match(step.redirect()), RouteCopy.MAIN,
                    run.pending, false);
            if (run.clientRefreshing) {
                browser.emptyClientCache(b, "x-action-revalidated: 1");
            } else if (target.isPage() && page.verdict() != null) {
                // R33 (weak): the page payload of an action that did not empty the cache is kept
                browser.keep(b, step.redirect(), target, page);
            }
            browser.show(b, step.redirect(), page);
        } else if (run.clientRefreshing) {
            // R21(c): the page re-renders dynamically, reading its own writes (R11); the route cache is untouched
            PageResult page = renderFrom(from, step.from(), run.pending);
            browser.emptyClientCache(b, "x-action-revalidated: 1");
            showKeepingRefreshCount(b, step.from(), page);
        } else if (run.refreshCalled) {
            // R29: refresh() re-renders the page; a prerendered page's browser gets the route cache's main copy
            PageResult rendered = renderFrom(from, step.from(), run.pending);
            PageResult page = rendered;
            if (from.rendering() != dev.cachelab.engine.app.Rendering.REQUEST_TIME) {
                page = pages.request(from, step.from(), from.match(step.from()), RouteCopy.MAIN, List.of(), false);
                browser.keep(b, step.from(), from, page);
            }
            showKeepingRefreshCount(b, step.from(), page);
        }
        // R21(d): otherwise nothing is rendered and the browser keeps what it showed.
        // The client refreshes once the action resolves; a thrown action rejects, so the error page stays (R21(a)).
        if (step.thenRouterRefresh() && run.escaped == null) browser.routerRefresh(b, 1);
    }

    private PageResult renderFrom(RouteDef from, String url, List<PendingRevalidation> pending) {
        s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.ACTION_RENDER, url, null));
        return pages.renderDynamic(from, url, from.match(url), pending);
    }

    private void showKeepingRefreshCount(BrowserState b, String url, PageResult page) {
        b.show(url, page.outputs()); // not a navigation: the refresh count stays (R24)
        s.emit(new EngineEvent.PageShown(s.clock.tick(), b.viewer(), url, PageRenderer.versions(page.outputs()), false));
    }
}
