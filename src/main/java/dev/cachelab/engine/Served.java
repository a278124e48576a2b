package dev.cachelab.engine;

/** What a page displayed for one function (R25): the version its output was computed from, and how it got it. */
public record Served(int version, Outcome outcome) {

    /** R25: HIT no body ran this step; MISS the shown output is one of this step's runs; STALE a body ran, older output shown. */
    public enum Outcome { HIT, MISS, STALE }
}
