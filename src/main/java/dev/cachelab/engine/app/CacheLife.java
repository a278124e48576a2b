package dev.cachelab.engine.app;

/**
 * A cacheLife profile in seconds (spec §1.1, §1.2). {@code stale} only reaches the browser; {@code revalidate}
 * ages an entry out of the default handler (R6); {@code expire} decides dynamic holes (R18) and the
 * {@code revalidateTag} window (R7).
 */
public record CacheLife(long stale, long revalidate, long expire) {

    /** INFINITE_CACHE = 0xFFFFFFFE seconds, "never" (spec §1.1). */
    public static final long INFINITE = 0xFFFFFFFEL;

    /** Thresholds of spec §1.4. */
    public static final long MIN_PRERENDERABLE_EXPIRE = 300;
    public static final long MIN_CLIENT_STALE = 30;

    /** Field-wise minimum: how nested caches shorten an outer scope without its own cacheLife (spec §1.5, R31). */
    public CacheLife min(CacheLife other) {
        return new CacheLife(Math.min(stale, other.stale), Math.min(revalidate, other.revalidate),
                Math.min(expire, other.expire));
    }

    /** R18: revalidate 0 or expire under 300 s makes the function a dynamic hole, left out of prerenders. */
    public boolean isDynamicHole() {
        return revalidate == 0 || expire < MIN_PRERENDERABLE_EXPIRE;
    }

    /** Client router cache lifetime in ms: max(stale, 30) s (spec §1.4, R33). */
    public long clientStaleMs() {
        return Math.max(stale, MIN_CLIENT_STALE) * 1000;
    }

    public String describe() {
        return "stale " + seconds(stale) + ", revalidate " + seconds(revalidate) + ", expire " + seconds(expire);
    }

    public static String seconds(long s) {
        if (s >= INFINITE) return "never";
        if (s % 86400 == 0 && s >= 86400) return (s / 86400) + " d";
        if (s % 3600 == 0 && s >= 3600) return (s / 3600) + " h";
        if (s % 60 == 0 && s >= 60) return (s / 60) + " min";
        return s + " s";
    }
}
