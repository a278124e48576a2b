package dev.cachelab.engine.state;

import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.app.CacheLife;

import java.util.Collection;

/**
 * How an entry would answer a read right now, from its tags and age alone (R10 steps 2, 3 and 6; R15). The reading
 * page's implicit tags (R10 step 4) can still discard a fresh-looking entry; the explorer says so where it happens.
 */
public enum Freshness {
    FRESH("fresh", "a read is a hit"),
    STALE("stale", "a read serves it and regenerates in the background"),
    EXPIRED("expired", "the next read waits for a new value"),
    AGED_OUT("past revalidate", "the default handler treats it as missing: the next read waits (R6)");

    private final String word;
    private final String meaning;

    Freshness(String word, String meaning) {
        this.word = word;
        this.meaning = meaning;
    }

    public String word() { return word; }
    public String meaning() { return meaning; }

    /** The tag that decides, if a tag decides. */
    public record Judgement(Freshness freshness, String tag) { }

    public static Judgement of(Collection<String> tags, long timestamp, CacheLife life, TagsView manifest,
                               long nowTick, long nowMs, boolean ageOutIsExpiry) {
        String expired = manifest.firstExpired(tags, timestamp, nowTick);
        if (expired != null) return new Judgement(EXPIRED, expired);
        long ageMs = nowMs - VirtualClock.msOf(timestamp);
        if (ageOutIsExpiry && ageMs > life.revalidate() * 1000) return new Judgement(AGED_OUT, null);
        if (!ageOutIsExpiry && ageMs > life.expire() * 1000) return new Judgement(EXPIRED, null);
        String stale = manifest.firstStale(tags, timestamp);
        if (stale != null) return new Judgement(STALE, stale);
        if (!ageOutIsExpiry && ageMs > life.revalidate() * 1000) return new Judgement(STALE, null);
        return new Judgement(FRESH, null);
    }

    /** A {@code 'use cache'} entry: past revalidate it is missing (R6). */
    public static Judgement of(CacheEntry e, TagsView manifest, long nowTick, long nowMs) {
        return of(e.tags(), e.timestamp(), e.life(), manifest, nowTick, nowMs, true);
    }

    /** A route entry: age makes it stale, then expired (ISR, R15). */
    public static Judgement of(RouteEntry e, TagsView manifest, long nowTick, long nowMs) {
        return of(e.tags(), e.timestamp(), e.life(), manifest, nowTick, nowMs, false);
    }
}
