package dev.cachelab.engine;

import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.CallSite;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.rules.Messages;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.RouteCopy;

import java.util.List;
import dev.cachelab.engine.app.Rendering;
import java.util.Map;

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
        s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.SERVER_ACTION, step.from(), b.viewer(), s.inst()));
        HandlerRun run = new HandlerRun();
        calls.runBody(step.body(), CallSite.SERVER_ACTION, run);
        String redirect = runRevalidations(run, step.redirect());
        RouteDef from = browser.route(step.from());

        if (run.escaped != null) {
            // R21(a): the error page; a client-refreshing (or refresh()) action still renders its page, unseen
            s.logError(run.escaped.getMessage());
            if (run.clientRefreshing || run.refreshCalled) renderFrom(from, step.from(), run.pending);
            if (run.clientRefreshing) browser.emptyClientCache(b, "x-action-revalidated: 1");
            b.showErrorPage();
            s.emit(new EngineEvent.PageShown(s.clock.tick(), b.viewer(), step.from(), Map.of(), true, s.inst()));
        } else if (redirect != null) {
            // R21(b): the target renders inside the action's response; prerendered targets go through the main copy
            RouteDef target = browser.route(redirect);
            s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.REDIRECT_RENDER, redirect, b.viewer(), s.inst()));
            PageResult page = pages.request(target, redirect, target.match(redirect), RouteCopy.MAIN, run.pending, false);
            if (run.clientRefreshing) browser.emptyClientCache(b, "x-action-revalidated: 1");
            browser.show(b, redirect, page);
            // The client's server-action-reducer (spec §3.3; read in the Next.js 16 client source) applies an internal
            // redirect as a navigation seeded with the response's payload (navigateToSeededRoute), not as a Link
            // navigation (navigateToUnknownRoute, which writes the payload into the segment cache). The seed goes
            // into the rendered tree, not into the
            // segment cache a later Link looks up, so the payload is not kept (R33) and the next Link to the target
            // asks the server; the browser has rendered that URL from an RSC payload, as after a Link navigation,
            // so that Link reads it as R34 describes (modelled; nav-after-save-max-redirect--static step 4).
            if (target.isPage() && page.verdict() != null) b.recordNavFetch(redirect);
        } else if (run.clientRefreshing) {
            // R21(c): the page re-renders dynamically, reading its own writes (R11); the route cache is untouched
            PageResult page = renderFrom(from, step.from(), run.pending);
            browser.emptyClientCache(b, "x-action-revalidated: 1");
            showKeepingRefreshCount(b, step.from(), page);
        } else if (run.refreshCalled) {
            // R29: refresh() re-renders the page; a prerendered page's browser gets the route cache's main copy
            PageResult rendered = renderFrom(from, step.from(), run.pending);
            PageResult page = rendered;
            if (from.rendering() != Rendering.REQUEST_TIME) {
                page = pages.request(from, step.from(), from.match(step.from()), RouteCopy.MAIN, List.of(), false);
                browser.keep(b, step.from(), from, page);
            }
            showKeepingRefreshCount(b, step.from(), page);
        }
        // R21(d): otherwise nothing is rendered and the browser keeps what it showed.
        // The client refreshes once the action resolves; a thrown action rejects, so the error page stays (R21(a)).
        if (step.thenRouterRefresh() && run.escaped == null) browser.routerRefresh(b, 1);
    }

    /**
     * R7, R20: the pending revalidations run once the body has ended, returned or thrown (T3: before any render).
     * Who awaits them decides how an error there (an unknown profile, R32) is reported (action-handler
     * {@code executeActionAndPrepareForRender} and {@code getRevalidationWaitUntil}, spec §4.2):
     * <ul>
     * <li>an action whose response renders — client-refreshing, {@code refresh()}, or a body that did not return
     *     normally (a throw, or {@code redirect()}) — awaits them before the response: the error escapes the action,
     *     replacing the body's error or its redirect (returned as null). If no page renders after that failure, the
     *     revalidations are handed to {@code waitUntil} once more and fail again, unawaited;</li>
     * <li>otherwise they run in {@code waitUntil} after the response: nobody awaits the promise, so the error is an
     *     unhandled rejection in the server log and the client sees nothing
     *     (sa-revalidateTag-unknown-profile--*).</li>
     * </ul>
     * Returns the redirect that still happens.
     */
    private String runRevalidations(HandlerRun run, String redirect) {
        boolean rendersPage = run.clientRefreshing || run.refreshCalled;
        boolean awaited = rendersPage || run.escaped != null || redirect != null;
        NextError error = calls.writeManifest(run);
        if (error == null) return redirect;
        if (!awaited) {
            for (String line : Messages.unhandledRejectionLines(error.getMessage())) s.log(line);
            return redirect;
        }
        run.escaped = error;
        if (!rendersPage) {
            NextError again = calls.writeManifest(run);
            if (again != null) for (String line : Messages.unhandledRejectionLines(again.getMessage())) s.log(line);
        }
        return null;
    }

    private PageResult renderFrom(RouteDef from, String url, List<PendingRevalidation> pending) {
        s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.ACTION_RENDER, url, null, s.inst()));
        return pages.renderDynamic(from, url, from.match(url), pending);
    }

    private void showKeepingRefreshCount(BrowserState b, String url, PageResult page) {
        b.show(url, page.outputs()); // not a navigation: the refresh count stays (R24)
        s.emit(new EngineEvent.PageShown(s.clock.tick(), b.viewer(), url, PageRenderer.versions(page.outputs()), false, s.inst()));
    }
}
