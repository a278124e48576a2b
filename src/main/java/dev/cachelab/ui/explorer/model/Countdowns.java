package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.app.CacheLife;

/** Countdown texts for an entry's {@code revalidate} and {@code expire} times (cacheLife, spec §1.2). */
public final class Countdowns {

    private Countdowns() {
    }

    public static String line(long filledAtMs, CacheLife life, long nowMs, String first, String second) {
        return part(first, filledAtMs, life.revalidate(), nowMs) + "\n" + part(second, filledAtMs, life.expire(), nowMs);
    }

    private static String part(String label, long filledAtMs, long seconds, long nowMs) {
        if (seconds >= CacheLife.INFINITE) return label + " never";
        long left = filledAtMs + seconds * 1000 - nowMs;
        return left >= 0 ? label + " in " + duration(left) : label + " passed " + duration(-left) + " ago";
    }

    /** 0.4 s, 12 s, 4 min 10 s, 3 h 5 min, 29 d 23 h. */
    public static String duration(long ms) {
        if (ms < 10_000) return String.format("%.1f s", ms / 1000.0);
        long s = ms / 1000;
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min" + (s % 60 != 0 ? " " + (s % 60) + " s" : "");
        if (s < 86400) return (s / 3600) + " h" + ((s % 3600) / 60 != 0 ? " " + (s % 3600) / 60 + " min" : "");
        return (s / 86400) + " d" + ((s % 86400) / 3600 != 0 ? " " + (s % 86400) / 3600 + " h" : "");
    }
}
