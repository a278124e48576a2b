package dev.cachelab.engine.app;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Next.js app: cacheLife config, database, {@code 'use cache'} functions and routes, and the
 * deployment that serves it (one instance unless the app says otherwise).
 */
public record AppDefinition(Profiles profiles, int initialVersion, Map<String, FunctionDef> functions,
                            List<RouteDef> routes, Deployment deployment) {

    public AppDefinition(Profiles profiles, int initialVersion, Map<String, FunctionDef> functions,
                         List<RouteDef> routes) {
        this(profiles, initialVersion, functions, routes, Deployment.SINGLE);
    }

    /** The route serving {@code pathname}; static segments win over dynamic ones. */
    public Optional<RouteDef> routeFor(String pathname) {
        return routes.stream()
                .filter(r -> r.match(pathname) != null)
                .max(Comparator.comparingInt(RouteDef::staticSegmentCount));
    }

    public FunctionDef function(String name) {
        FunctionDef f = functions.get(name);
        if (f == null) throw new IllegalArgumentException("no function " + name);
        return f;
    }

    /**
     * The lifetime an entry of {@code fn} will carry: its own {@code cacheLife}, or the {@code default} profile
     * lowered by every nested cache (spec §1.5, R31). Static, because lifetimes do not depend on data.
     */
    public CacheLife effectiveLife(String fn) {
        return effectiveLife(fn, 0);
    }

    private CacheLife effectiveLife(String fn, int depth) {
        FunctionDef f = function(fn);
        if (f.cacheLife() != null) return profiles.resolve(f.cacheLife());
        CacheLife life = profiles.defaultProfile();
        if (depth > 32) return life; // a cycle was rejected at load; stay safe anyway
        for (CallExpr inner : f.calls()) life = life.min(effectiveLife(inner.function(), depth + 1));
        return life;
    }
}
