package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Reads {@code steps} (conformance README, "steps"), checking URLs against the app's routes and time order. */
final class StepLoader {

    static final String KINDS = "get, routeHandler, browserGoto, serverAction, routerRefresh, linkNavigate, wait,"
            + " clientCall, traffic";

    private StepLoader() {
    }

    /** {@code extraKeys} are keys a richer format (scenarios) allows on every step, such as "narration". */
    static List<Step> load(JNode node, AppDefinition app, String... extraKeys) throws ContentException {
        List<Step> steps = new ArrayList<>();
        long last = 0;
        for (JNode item : JRead.array(node, "the steps").items()) {
            Step step = step(item, app, extraKeys);
            if (step.atMs() < last) {
                throw JRead.object(item, "a step").fields().get("atMs").where().error("atMs " + step.atMs()
                        + " is earlier than the step before (" + last + "); expected steps in time order");
            }
            last = step.atMs();
            steps.add(step);
        }
        return steps;
    }

    private static String[] keys(String[] extra, String... own) {
        return Stream.concat(Arrays.stream(own), Arrays.stream(extra)).toArray(String[]::new);
    }

    private static Step step(JNode node, AppDefinition app, String[] extra) throws ContentException {
        JNode.JObject o = JRead.object(node, "a step such as {\"atMs\": 0, \"do\": \"get\", \"url\": \"/invoices\"}");
        JNode doNode = JRead.required(o, "do", "what the step does: one of " + KINDS);
        String kind = JRead.string(doNode, "the step's kind");
        long atMs = JRead.integer(JRead.required(o, "atMs", "the step's time in ms since the start (atMs)"),
                "atMs in milliseconds", 0);
        String viewer = JRead.optionalString(o, "viewer", "whose browser acts");
        String instance = instance(o, app);
        switch (kind) {
            case "get" -> {
                JRead.onlyKeys(o, "a get step", keys(extra, "atMs", "do", "url", "instance", "note"));
                return new Step.Get(atMs, pageUrl(o, "url", app), instance);
            }
            case "browserGoto" -> {
                JRead.onlyKeys(o, "a browserGoto step", keys(extra, "atMs", "do", "url", "viewer", "instance", "note"));
                return new Step.BrowserGoto(atMs, pageUrl(o, "url", app), viewer, instance);
            }
            case "linkNavigate" -> {
                JRead.onlyKeys(o, "a linkNavigate step", keys(extra, "atMs", "do", "url", "viewer", "instance", "note"));
                return new Step.LinkNavigate(atMs, pageUrl(o, "url", app), viewer, instance);
            }
            case "routeHandler" -> {
                JRead.onlyKeys(o, "a routeHandler step", keys(extra, "atMs", "do", "url", "body", "onError", "instance", "note"));
                String url = url(o, "url", app, true);
                List<Call> body = CallLoader.body(JRead.required(o, "body", "the calls the handler runs"), true);
                Integer onError = null;
                JNode oe = JRead.optional(o, "onError");
                if (oe != null) {
                    JNode.JObject e = JRead.object(oe, "how the handler answers a caught error, {\"status\": 409}");
                    JRead.onlyKeys(e, "onError", "status", "respondWith");
                    onError = (int) JRead.integer(JRead.required(e, "status", "the HTTP status to answer"), "a status", 100);
                }
                return new Step.RouteHandler(atMs, url, body, onError, instance);
            }
            case "serverAction" -> {
                JRead.onlyKeys(o, "a serverAction step",
                        keys(extra, "atMs", "do", "from", "body", "redirect", "thenRouterRefresh", "viewer", "instance",
                                "note"));
                String from = pageUrl(o, "from", app);
                List<Call> body = CallLoader.body(JRead.required(o, "body", "the calls the action runs"), true);
                String redirect = o.fields().containsKey("redirect") ? pageUrl(o, "redirect", app) : null;
                boolean refresh = JRead.optionalBool(o, "thenRouterRefresh", "whether the client refreshes after");
                return new Step.ServerAction(atMs, from, body, redirect, refresh, viewer, instance);
            }
            case "routerRefresh" -> {
                JRead.onlyKeys(o, "a routerRefresh step",
                        keys(extra, "atMs", "do", "times", "sameTick", "separateClicks", "viewer", "instance",
                                "note"));
                JNode t = JRead.optional(o, "times");
                int times = t == null ? 1 : (int) JRead.integer(t, "how many calls", 1);
                boolean sameTick = JRead.optionalBool(o, "sameTick", "whether the calls share one tick");
                JRead.optionalBool(o, "separateClicks", "whether each call is its own click");
                return new Step.RouterRefresh(atMs, times, sameTick, viewer, instance);
            }
            case "clientCall" -> {
                // an instance named here is checked but changes nothing: no request reaches a server
                JRead.onlyKeys(o, "a clientCall step", keys(extra, "atMs", "do", "body", "viewer", "instance", "note"));
                return new Step.ClientCall(atMs, CallLoader.body(JRead.required(o, "body",
                        "the next/cache calls the client component makes"), false), viewer);
            }
            case "traffic" -> {
                JRead.onlyKeys(o, "a traffic step", keys(extra, "atMs", "do", "function", "fromId", "toId", "instance", "note"));
                JNode fnNode = JRead.required(o, "function", "the cached function the visitors read, e.g. getProduct");
                String fn = JRead.string(fnNode, "a function name");
                if (!app.functions().containsKey(fn) || app.function(fn).params().size() != 1) {
                    throw fnNode.where().error("expected a function of the app with one parameter (the id); found \"" + fn + "\"");
                }
                int from = (int) JRead.integer(JRead.required(o, "fromId", "the first id"), "an id", 0);
                int to = (int) JRead.integer(JRead.required(o, "toId", "the last id"), "an id", from);
                if (to - from >= 1_000_000) throw o.where().error("at most 1,000,000 entries per traffic step");
                return new Step.Traffic(atMs, fn, from, to, instance);
            }
            case "wait" -> {
                JRead.onlyKeys(o, "a wait step", keys(extra, "atMs", "do", "instance", "note"));
                return new Step.Wait(atMs);
            }
            default -> throw doNode.where().error("unknown step \"" + kind + "\"; expected one of " + KINDS);
        }
    }

    /** A step's {@code instance} must be one of the app's deployment (conformance README, "Several instances"). */
    private static String instance(JNode.JObject o, AppDefinition app) throws ContentException {
        JNode node = JRead.optional(o, "instance");
        if (node == null) return null;
        String name = JRead.string(node, "the instance that receives the step");
        List<String> names = app.deployment().instances();
        if (!names.contains(name)) {
            throw node.where().error("no instance \"" + name + "\" in the app's deployment; expected one of "
                    + String.join(", ", names));
        }
        return name;
    }

    private static String pageUrl(JNode.JObject o, String key, AppDefinition app) throws ContentException {
        return url(o, key, app, false);
    }

    private static String url(JNode.JObject o, String key, AppDefinition app, boolean handler) throws ContentException {
        JNode node = JRead.required(o, key, handler ? "the Route Handler's URL" : "a page URL such as /invoices");
        String url = JRead.string(node, "a URL");
        RouteDef route = app.routeFor(url).orElse(null);
        if (route == null) {
            throw node.where().error("no route of the app serves " + url + "; expected one of " + app.routes().stream()
                    .filter(r -> r.isRouteHandler() == handler).map(RouteDef::path).toList());
        }
        if (handler && !route.isRouteHandler()) throw node.where().error(url + " is a page; expected a Route Handler URL");
        if (!handler && route.isRouteHandler()) throw node.where().error(url + " is a Route Handler; expected a page URL");
        return url;
    }
}
