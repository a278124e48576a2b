package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.FunctionDef;
import dev.cachelab.engine.app.RouteDef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * What a mutation step is about, so another tool can be aimed at the same thing: the tags its invalidation calls
 * name, the pages it names by path, and — where the step names only one kind, or nothing (a write alone, a refresh)
 * — the other kind worked out from the app: the tags the scenario's pages read, or the pages that read the tags.
 */
record WhatIfTargets(List<String> tags, List<String> paths, List<String> patterns) {

    static WhatIfTargets of(Scenario s, int stepIndex) {
        Set<String> tags = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        collect(body(s.steps().get(stepIndex)), tags, paths);
        AppDefinition app = s.app();
        List<String> pages = pagesOf(s);
        if (tags.isEmpty()) {
            List<String> from = paths.isEmpty() ? pages : List.copyOf(paths);
            for (String p : from) tags.addAll(tagsOfPage(app, p));
        }
        if (paths.isEmpty()) {
            for (String p : pages) {
                if (tagsOfPage(app, p).stream().anyMatch(tags::contains)) paths.add(p);
            }
        }
        // one pattern per path, in the same order (a path no route serves keeps itself as its pattern)
        List<String> patterns = new ArrayList<>();
        for (String p : paths) patterns.add(app.routeFor(p).or(() -> routeByPattern(app, p)).map(RouteDef::path).orElse(p));
        return new WhatIfTargets(List.copyOf(tags), List.copyOf(paths), List.copyOf(patterns));
    }

    static List<Call> body(Step step) {
        if (step instanceof Step.ServerAction a) return a.body();
        if (step instanceof Step.RouteHandler r) return r.body();
        if (step instanceof Step.ClientCall c) return c.body();
        return List.of();
    }

    private static void collect(List<Call> body, Set<String> tags, Set<String> paths) {
        for (Call c : body) {
            if (c instanceof Call.UpdateTag u) tags.add(u.tag());
            else if (c instanceof Call.RevalidateTag r) tags.add(r.tag());
            else if (c instanceof Call.RevalidatePath p) paths.add(p.path());
            else if (c instanceof Call.Transaction t) collect(t.body(), tags, paths);
        }
    }

    /** The concrete pages people look at in the scenario, in order of first appearance. */
    static List<String> pagesOf(Scenario s) {
        Set<String> out = new LinkedHashSet<>();
        for (Step step : s.steps()) {
            if (step instanceof Step.Get g) out.add(g.url());
            else if (step instanceof Step.BrowserGoto b) out.add(b.url());
            else if (step instanceof Step.LinkNavigate l) out.add(l.url());
            else if (step instanceof Step.ServerAction a) {
                out.add(a.from());
                if (a.redirect() != null) out.add(a.redirect());
            }
        }
        out.removeIf(p -> s.app().routeFor(p).map(RouteDef::isRouteHandler).orElse(true));
        return new ArrayList<>(out);
    }

    private static Optional<RouteDef> routeByPattern(AppDefinition app, String pattern) {
        return app.routes().stream().filter(r -> r.path().equals(pattern)).findFirst();
    }

    /** The tags a page's cached reads carry ({@code cacheTag} of each function, nested ones included). */
    static List<String> tagsOfPage(AppDefinition app, String pathname) {
        Set<String> out = new LinkedHashSet<>();
        app.routeFor(pathname).ifPresent(route -> {
            Map<String, String> params = route.match(pathname);
            for (CallExpr read : route.reads()) tagsOf(app, read, params, out, 0);
        });
        return new ArrayList<>(out);
    }

    private static void tagsOf(AppDefinition app, CallExpr call, Map<String, String> params, Set<String> out, int depth) {
        FunctionDef f = app.functions().get(call.function());
        if (f == null || depth > 16) return;
        List<String> values = call.resolve(params);
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < f.params().size() && i < values.size(); i++) args.put(f.params().get(i), values.get(i));
        for (String t : f.tags()) {
            String tag = t;
            for (Map.Entry<String, String> a : args.entrySet()) tag = tag.replace("{" + a.getKey() + "}", a.getValue());
            if (!tag.contains("{")) out.add(tag);
        }
        for (CallExpr inner : f.calls()) tagsOf(app, inner, args, out, depth + 1);
    }
}
