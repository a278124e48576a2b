package dev.cachelab.scenario;

import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.CacheLifeSpec;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.engine.app.FunctionDef;
import dev.cachelab.engine.app.Profiles;
import dev.cachelab.engine.app.RenderCall;
import dev.cachelab.engine.app.Rendering;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks the {@code app} of a case or scenario file (conformance README, "app"). */
public final class AppLoader {

    private AppLoader() {
    }

    public static AppDefinition load(JNode node) throws ContentException {
        JNode.JObject app = JRead.object(node, "the app");
        JRead.onlyKeys(app, "the app", "config", "database", "functions", "routes", "deployment", "note");

        Map<String, CacheLifeSpec.Inline> custom = new LinkedHashMap<>();
        JNode config = JRead.optional(app, "config");
        if (config != null) {
            JNode.JObject c = JRead.object(config, "the app's config");
            JRead.onlyKeys(c, "the config", "cacheComponents", "cacheLife", "note");
            JNode lifeNode = JRead.optional(c, "cacheLife");
            if (lifeNode != null) {
                for (var e : JRead.object(lifeNode, "custom cacheLife profiles").fields().entrySet()) {
                    custom.put(e.getKey(), inlineLife(e.getValue(), "cacheLife." + e.getKey()));
                }
            }
        }
        Profiles profiles = Profiles.withCustom(custom);

        int version = 1;
        JNode db = JRead.optional(app, "database");
        if (db != null) {
            JNode.JObject d = JRead.object(db, "the database");
            JRead.onlyKeys(d, "the database", "version", "note");
            JNode v = JRead.optional(d, "version");
            if (v != null) version = (int) JRead.integer(v, "the starting version", 0);
        }

        Map<String, FunctionDef> functions = new LinkedHashMap<>();
        Map<String, JNode> functionNodes = new HashMap<>();
        JNode fnsNode = JRead.required(app, "functions", "the 'use cache' functions, by name");
        for (var e : JRead.object(fnsNode, "the 'use cache' functions").fields().entrySet()) {
            functions.put(e.getKey(), function(e.getKey(), e.getValue(), profiles));
            functionNodes.put(e.getKey(), e.getValue());
        }
        for (FunctionDef f : functions.values()) checkCalls(f, functions, functionNodes.get(f.name()));
        checkNoCycles(functions, functionNodes);

        List<RouteDef> routes = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        JNode routesNode = JRead.required(app, "routes", "the app's routes");
        for (JNode r : JRead.array(routesNode, "the app's routes").items()) {
            RouteDef route = route(r, functions);
            if (!paths.add(route.path())) throw r.where().error("the route " + route.path() + " is defined twice");
            routes.add(route);
        }
        JNode deploymentNode = JRead.optional(app, "deployment");
        Deployment deployment = deploymentNode == null ? Deployment.SINGLE : DeploymentLoader.load(deploymentNode);
        return new AppDefinition(profiles, version, functions, routes, deployment);
    }

    /** A cacheLife object, checked as Next.js checks it (spec §1.3). */
    static CacheLifeSpec.Inline inlineLife(JNode node, String name) throws ContentException {
        JNode.JObject o = JRead.object(node, "the profile " + name + " ({stale, revalidate, expire} in seconds)");
        JRead.onlyKeys(o, "a cacheLife profile", "stale", "revalidate", "expire", "note");
        Long stale = seconds(o, "stale", name);
        Long revalidate = seconds(o, "revalidate", name);
        Long expire = seconds(o, "expire", name);
        if (revalidate != null && expire != null && revalidate > expire) {
            throw o.where().error("If providing both the revalidate and expire options, the expire option must be"
                    + " greater than the revalidate option. The expire option indicates how many seconds from the"
                    + " start until it can no longer be used.");
        }
        return new CacheLifeSpec.Inline(stale, revalidate, expire);
    }

    private static Long seconds(JNode.JObject o, String key, String name) throws ContentException {
        JNode v = JRead.optional(o, key);
        if (v == null) return null;
        if (!(v instanceof JNode.JNumber)) throw v.where().error("The " + key + " option must be a number of seconds.");
        return JRead.integer(v, "\"" + name + "." + key + "\" in seconds", 0);
    }

    private static FunctionDef function(String name, JNode node, Profiles profiles) throws ContentException {
        if (!name.matches("[A-Za-z_$][\\w$]*")) {
            throw node.where().error("\"" + name + "\" is not a function name; expected a JavaScript identifier");
        }
        JNode.JObject o = JRead.object(node, "the function " + name);
        JRead.onlyKeys(o, "a function", "params", "tags", "cacheLife", "calls", "body", "note");
        List<String> params = o.fields().containsKey("params")
                ? JRead.stringList(o.fields().get("params"), "parameter names") : List.of();
        List<String> tags = o.fields().containsKey("tags") ? JRead.stringList(o.fields().get("tags"), "tags") : List.of();
        for (String t : tags) {
            for (var m = Pattern.compile("\\{(\\w+)}").matcher(t); m.find(); ) {
                if (!params.contains(m.group(1))) {
                    throw o.fields().get("tags").where().error("the tag \"" + t + "\" uses {" + m.group(1)
                            + "}, which is not a parameter of " + name + "; expected one of: " + params);
                }
            }
        }
        CacheLifeSpec life = null;
        JNode lifeNode = JRead.optional(o, "cacheLife");
        if (lifeNode instanceof JNode.JString s) {
            if (profiles.find(s.value()).isEmpty()) {
                throw lifeNode.where().error("Unknown `cacheLife()` profile \"" + s.value() + "\" is not configured in"
                        + " next.config.js; expected one of " + JRead.list(profiles.all().keySet()));
            }
            life = new CacheLifeSpec.Named(s.value());
        } else if (lifeNode != null) {
            life = inlineLife(lifeNode, name);
        }
        List<CallExpr> calls = new ArrayList<>();
        if (o.fields().containsKey("calls")) {
            for (JNode c : JRead.array(o.fields().get("calls"), "nested cached calls").items()) {
                calls.add(CallExprParser.parse(JRead.string(c, "a nested call such as getInner"), c));
            }
        }
        List<Call> body = o.fields().containsKey("body") ? CallLoader.body(o.fields().get("body"), false) : List.of();
        return new FunctionDef(name, params, tags, life, calls, body, JRead.optionalString(o, "note", "a note"));
    }

    private static void checkCalls(FunctionDef f, Map<String, FunctionDef> all, JNode at) throws ContentException {
        for (CallExpr c : f.calls()) {
            FunctionDef inner = all.get(c.function());
            if (inner == null) {
                throw at.where().error(f.name() + " calls " + c.function() + ", which is not defined; expected one of "
                        + JRead.list(all.keySet()));
            }
            for (CallExpr.Arg a : c.args()) {
                if (a instanceof CallExpr.ParamRef p && !f.params().contains(p.name())) {
                    throw at.where().error(f.name() + " passes " + p.name() + " to " + c.function()
                            + ", but it has no such parameter");
                }
            }
        }
    }

    private static void checkNoCycles(Map<String, FunctionDef> all, Map<String, JNode> nodes) throws ContentException {
        for (String start : all.keySet()) {
            List<String> stack = new ArrayList<>();
            if (cycle(start, all, stack, new HashSet<>())) {
                throw nodes.get(start).where().error("nested calls form a cycle: " + String.join(" → ", stack));
            }
        }
    }

    private static boolean cycle(String fn, Map<String, FunctionDef> all, List<String> stack, Set<String> done) {
        if (stack.contains(fn)) {
            stack.add(fn);
            return true;
        }
        if (!done.add(fn)) return false;
        stack.add(fn);
        for (CallExpr c : all.get(fn).calls()) if (cycle(c.function(), all, stack, done)) return true;
        stack.remove(stack.size() - 1);
        return false;
    }

    private static RouteDef route(JNode node, Map<String, FunctionDef> functions) throws ContentException {
        JNode.JObject o = JRead.object(node, "a route");
        JRead.onlyKeys(o, "a route", "path", "rendering", "kind", "staticParams", "reads", "renderCalls", "note");
        JNode pathNode = JRead.required(o, "path", "the route's path, such as \"/invoices/[id]\"");
        String path = JRead.string(pathNode, "the route's path");
        if (!path.startsWith("/") || (path.length() > 1 && path.endsWith("/")) || path.contains("//")) {
            throw pathNode.where().error("\"" + path + "\" is not a route path; expected one such as /invoices or"
                    + " /invoices/[id]");
        }
        for (String seg : path.substring(1).split("/")) {
            if (seg.startsWith("[...") || seg.startsWith("[[")) {
                throw pathNode.where().error("catch-all segments are not simulated; expected [param] segments only");
            }
        }
        String kind = JRead.optionalString(o, "kind", "the route's kind");
        Rendering rendering;
        if ("route-handler".equals(kind)) {
            rendering = Rendering.ROUTE_HANDLER;
        } else if (kind != null && !kind.equals("page")) {
            throw o.fields().get("kind").where().error("unknown kind \"" + kind + "\"; expected \"page\" or \"route-handler\"");
        } else {
            JNode r = JRead.required(o, "rendering", "how the page renders: prerendered, request-time or partial-prerender");
            String id = JRead.string(r, "the rendering");
            rendering = switch (id) {
                case "prerendered" -> Rendering.PRERENDERED;
                case "request-time" -> Rendering.REQUEST_TIME;
                case "partial-prerender" -> Rendering.PARTIAL_PRERENDER;
                default -> throw r.where().error("unknown rendering \"" + id
                        + "\"; expected prerendered, request-time or partial-prerender");
            };
        }
        RouteDef probe = new RouteDef(path, rendering, List.of(), List.of(), List.of(), null);
        List<String> paramNames = probe.paramNames();

        List<Map<String, String>> staticParams = new ArrayList<>();
        JNode sp = JRead.optional(o, "staticParams");
        if (sp != null) {
            if (paramNames.isEmpty()) throw sp.where().error("staticParams need a [param] in the path " + path);
            for (JNode item : JRead.array(sp, "the params built at next build").items()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (var e : JRead.object(item, "one set of params, such as {\"id\": \"42\"}").fields().entrySet()) {
                    if (!paramNames.contains(e.getKey())) {
                        throw e.getValue().where().error("unknown param \"" + e.getKey() + "\"; expected " + paramNames);
                    }
                    params.put(e.getKey(), JRead.string(e.getValue(), "the param's value"));
                }
                for (String p : paramNames) {
                    if (!params.containsKey(p)) throw item.where().error("missing the param \"" + p + "\"");
                }
                staticParams.add(params);
            }
        }

        List<CallExpr> reads = new ArrayList<>();
        JNode readsNode = JRead.optional(o, "reads");
        if (readsNode != null) {
            for (JNode r : JRead.array(readsNode, "the cached calls the page awaits").items()) {
                CallExpr c = CallExprParser.parse(JRead.string(r, "a read such as getInvoice(id)"), r);
                FunctionDef f = functions.get(c.function());
                if (f == null) {
                    throw r.where().error("unknown function \"" + c.function() + "\"; expected one of "
                            + JRead.list(functions.keySet()));
                }
                if (c.args().size() != f.params().size()) {
                    throw r.where().error(c.function() + " takes " + f.params().size() + " argument(s) "
                            + f.params() + "; this read passes " + c.args().size());
                }
                for (CallExpr.Arg a : c.args()) {
                    if (a instanceof CallExpr.ParamRef p && !paramNames.contains(p.name())) {
                        throw r.where().error("the read passes \"" + p.name() + "\", which is not a param of "
                                + path + "; expected one of " + paramNames + " or a quoted literal");
                    }
                }
                reads.add(c);
            }
        }
        List<RenderCall> renderCalls = new ArrayList<>();
        JNode rcNode = JRead.optional(o, "renderCalls");
        if (rcNode != null) {
            for (JNode item : JRead.array(rcNode, "calls made while rendering").items()) {
                Call call = CallLoader.call(item, false);
                boolean caught = JRead.optionalBool(JRead.object(item, "a call"), "catch", "whether the page catches it");
                renderCalls.add(new RenderCall(call, caught));
            }
        }
        if (rendering == Rendering.ROUTE_HANDLER && (!reads.isEmpty() || !renderCalls.isEmpty())) {
            throw o.where().error("a route handler has no reads or renderCalls; its calls are given per step in \"body\"");
        }
        return new RouteDef(path, rendering, staticParams, reads, renderCalls,
                JRead.optionalString(o, "note", "a note"));
    }
}
