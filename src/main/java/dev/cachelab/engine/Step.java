package dev.cachelab.engine;

import dev.cachelab.engine.app.Call;

import java.util.List;

/**
 * One thing that happens to the server or the browser at {@code atMs} (conformance README, "steps").
 * Browser steps name the {@code viewer} whose browser acts; cases only use {@link #USER}. Steps that reach a server
 * may name the {@link #instance()} that receives them.
 */
public sealed interface Step {

    String USER = "user";

    long atMs();

    /**
     * The instance that receives the step (conformance README, "Several instances"), or null to let the deployment's
     * routing decide. For a browser step it is the instance the browser's page comes from. Steps that reach no
     * server ({@code wait}, {@code clientCall}) have none.
     */
    default String instance() {
        return null;
    }

    /** Whose browser acts, for browser steps; null for the others. */
    default String viewerName() {
        if (this instanceof BrowserGoto b) return b.viewer() == null ? USER : b.viewer();
        if (this instanceof ServerAction a) return a.viewer() == null ? USER : a.viewer();
        if (this instanceof RouterRefresh r) return r.viewer() == null ? USER : r.viewer();
        if (this instanceof LinkNavigate l) return l.viewer() == null ? USER : l.viewer();
        if (this instanceof ClientCall c) return c.viewer() == null ? USER : c.viewer();
        return null;
    }

    /** A plain HTTP GET by a new visitor, with no browser state. */
    record Get(long atMs, String url, String instance) implements Step {
        public Get(long atMs, String url) { this(atMs, url, null); }
    }

    /** A POST to a Route Handler running {@code body}; {@code onErrorStatus} set means the handler catches. */
    record RouteHandler(long atMs, String url, List<Call> body, Integer onErrorStatus, String instance) implements Step {
        public RouteHandler(long atMs, String url, List<Call> body, Integer onErrorStatus) {
            this(atMs, url, body, onErrorStatus, null);
        }
    }

    /** A full page load in the browser. */
    record BrowserGoto(long atMs, String url, String viewer, String instance) implements Step {
        public BrowserGoto(long atMs, String url, String viewer) { this(atMs, url, viewer, null); }
    }

    /** A Server Action invoked from the page at {@code from}; optionally {@code redirect()}s. */
    record ServerAction(long atMs, String from, List<Call> body, String redirect, boolean thenRouterRefresh,
                        String viewer, String instance) implements Step {
        public ServerAction(long atMs, String from, List<Call> body, String redirect, boolean thenRouterRefresh,
                            String viewer) {
            this(atMs, from, body, redirect, thenRouterRefresh, viewer, null);
        }
    }

    /** {@code router.refresh()} called {@code times} times on the browser's current page. */
    record RouterRefresh(long atMs, int times, boolean sameTick, String viewer, String instance) implements Step {
        public RouterRefresh(long atMs, int times, boolean sameTick, String viewer) {
            this(atMs, times, sameTick, viewer, null);
        }
    }

    /** A client-side navigation through {@code <Link prefetch={false}>}. */
    record LinkNavigate(long atMs, String url, String viewer, String instance) implements Step {
        public LinkNavigate(long atMs, String url, String viewer) { this(atMs, url, viewer, null); }
    }

    /** Time passes. */
    record Wait(long atMs) implements Step { }

    /**
     * Traffic the scenario does not show one by one (a Cache Lab extension): visitors have read
     * {@code function(id)} for every id in [{@code fromId}, {@code toId}], filling those entries now.
     */
    record Traffic(long atMs, String function, int fromId, int toId, String instance) implements Step {
        public Traffic(long atMs, String function, int fromId, int toId) { this(atMs, function, fromId, toId, null); }
    }

    /**
     * A client component calls {@code next/cache} functions in the browser (a Cache Lab extension to the case
     * format): the browser bundle's stubs throw and nothing reaches the server (spec §3.1, §4.4 item 8).
     */
    record ClientCall(long atMs, List<Call> body, String viewer) implements Step { }

    /** The step's kind as written in case files. */
    default String kind() {
        if (this instanceof Get) return "get";
        if (this instanceof RouteHandler) return "routeHandler";
        if (this instanceof BrowserGoto) return "browserGoto";
        if (this instanceof ServerAction) return "serverAction";
        if (this instanceof RouterRefresh) return "routerRefresh";
        if (this instanceof LinkNavigate) return "linkNavigate";
        if (this instanceof ClientCall) return "clientCall";
        if (this instanceof Traffic) return "traffic";
        return "wait";
    }

    /** A one-line, human description used by the step list and the trace output. */
    default String describe() {
        if (this instanceof Get g) return "GET " + g.url();
        if (this instanceof RouteHandler r) {
            return "POST " + r.url() + " (Route Handler): " + joinCalls(r.body())
                    + (r.onErrorStatus() != null ? " — catches errors → " + r.onErrorStatus() : "");
        }
        if (this instanceof BrowserGoto b) return viewerPrefix(b.viewer()) + "opens " + b.url();
        if (this instanceof ServerAction a) {
            return viewerPrefix(a.viewer()) + "submits a Server Action on " + a.from() + ": " + joinCalls(a.body())
                    + (a.redirect() != null ? "; redirect(" + a.redirect() + ")" : "")
                    + (a.thenRouterRefresh() ? "; then router.refresh()" : "");
        }
        if (this instanceof RouterRefresh r) {
            return viewerPrefix(r.viewer()) + "calls router.refresh()" + (r.times() > 1 ? " ×" + r.times() : "");
        }
        if (this instanceof LinkNavigate l) return viewerPrefix(l.viewer()) + "clicks a <Link> to " + l.url();
        if (this instanceof Traffic t) {
            return String.format("%,d visitors have read %s(id) for ids %d–%d", t.toId() - t.fromId() + 1,
                    t.function(), t.fromId(), t.toId());
        }
        if (this instanceof ClientCall c) return viewerPrefix(c.viewer()) + "clicks a button whose client component calls " + joinCalls(c.body());
        return "time passes";
    }

    private static String viewerPrefix(String viewer) {
        return (viewer == null || viewer.equals(USER) ? "the user" : "the " + viewer) + " ";
    }

    static String joinCalls(List<Call> calls) {
        if (calls.isEmpty()) return "(nothing)";
        StringBuilder b = new StringBuilder();
        for (Call c : calls) {
            if (b.length() > 0) b.append("; ");
            if (c instanceof Call.Transaction t) {
                b.append("transaction { ").append(joinCalls(t.body())).append(" }")
                        .append(t.fails() != null ? " fails" + (t.rethrow() ? " (rethrown)" : " (caught)") : "");
            } else {
                b.append(c.expression());
            }
        }
        return b.toString();
    }
}
