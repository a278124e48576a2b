package dev.cachelab.engine.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The built-in cacheLife profiles plus the app's own (spec §1.1, §1.3; R6). */
public final class Profiles {

    private static final Map<String, CacheLife> BUILT_IN = new LinkedHashMap<>();
    static {
        BUILT_IN.put("default", new CacheLife(300, 900, CacheLife.INFINITE));
        BUILT_IN.put("seconds", new CacheLife(30, 1, 60));
        BUILT_IN.put("minutes", new CacheLife(300, 60, 3600));
        BUILT_IN.put("hours", new CacheLife(300, 3600, 86400));
        BUILT_IN.put("days", new CacheLife(300, 86400, 604800));
        BUILT_IN.put("weeks", new CacheLife(300, 604800, 2592000));
        BUILT_IN.put("max", new CacheLife(300, 2592000, 31536000));
    }

    private final Map<String, CacheLife> profiles;

    private Profiles(Map<String, CacheLife> profiles) {
        this.profiles = Collections.unmodifiableMap(profiles);
    }

    public static Profiles builtIn() {
        return new Profiles(new LinkedHashMap<>(BUILT_IN));
    }

    /**
     * The app's {@code config.cacheLife} spread over the defaults; a field left out takes the
     * {@code default} profile's value (spec §1.3). A custom {@code default} changes that base too.
     */
    public static Profiles withCustom(Map<String, CacheLifeSpec.Inline> custom) {
        Map<String, CacheLife> all = new LinkedHashMap<>(BUILT_IN);
        CacheLifeSpec.Inline customDefault = custom.get("default");
        if (customDefault != null) all.put("default", fill(customDefault, BUILT_IN.get("default")));
        CacheLife base = all.get("default");
        custom.forEach((name, spec) -> {
            if (!name.equals("default")) all.put(name, fill(spec, base));
        });
        return new Profiles(all);
    }

    public static CacheLife fill(CacheLifeSpec.Inline spec, CacheLife base) {
        return new CacheLife(
                spec.stale() != null ? spec.stale() : base.stale(),
                spec.revalidate() != null ? spec.revalidate() : base.revalidate(),
                spec.expire() != null ? spec.expire() : base.expire());
    }

    public Optional<CacheLife> find(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    public CacheLife defaultProfile() {
        return profiles.get("default");
    }

    public Map<String, CacheLife> all() {
        return profiles;
    }

    public static boolean isBuiltIn(String name) {
        return BUILT_IN.containsKey(name);
    }

    /** Resolves a function's {@code cacheLife()} argument; unknown names were rejected when the app was loaded. */
    public CacheLife resolve(CacheLifeSpec spec) {
        if (spec instanceof CacheLifeSpec.Named n) {
            return find(n.profile()).orElseThrow(() -> new IllegalArgumentException("unknown profile " + n.profile()));
        }
        return fill((CacheLifeSpec.Inline) spec, defaultProfile());
    }
}
