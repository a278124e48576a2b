package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.CacheEntry;
import dev.cachelab.engine.state.Freshness;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.engine.state.RouteEntry;
import dev.cachelab.engine.state.TagsManifest;

import java.util.ArrayList;
import java.util.List;

/**
 * "Why is this stale / fresh?": the chain of events, back to the call that caused the current state, for an entry,
 * a route entry or what a viewer sees. Pure: built from the engine's state and the steps' events.
 */
public final class WhyExplainer {

    private WhyExplainer() {
    }

    public static List<String> entry(String key, Simulation sim, List<StepResult> results) {
        List<String> out = new ArrayList<>();
        CacheEntry e = sim.store().get(key);
        if (e == null) {
            out.add(key + " has no entry: nothing has read it since the server started (the store starts empty, R3),"
                    + " or its last run had cacheLife expire 0 and was not stored.");
            return out;
        }
        Freshness.Judgement j = Freshness.of(e, sim.manifest(), sim.nowTick(), sim.nowMs());
        out.add(key + " is " + j.freshness().word() + ": " + j.freshness().meaning() + ".");
        out.add("It holds data version " + e.output().version() + ", filled at " + Snapshots.seconds(e.timestamp())
                + filledBy(key, e.timestamp(), results) + ".");
        out.add(switch (j.freshness()) {
            case FRESH -> "No tag of it was invalidated after it was filled, and it is younger than its revalidate time"
                    + " (" + lifetime(e.life().revalidate()) + "). The reading page's implicit tags can still discard it"
                    + " (R10 step 4).";
            case STALE -> "Its tag " + j.tag() + " went stale after the entry was filled (R10 step 6). " + cause(j.tag(), sim)
                    + " A request serves the old value and regenerates it once in the background (R12).";
            case EXPIRED -> "Its tag " + j.tag() + " expired after the entry was filled (R10 step 3). " + cause(j.tag(), sim)
                    + " The next read runs the body while the request waits.";
            case AGED_OUT -> "It is older than its revalidate time (" + lifetime(e.life().revalidate()) + "). The default in-memory"
                    + " handler reports it missing, so the next read blocks; it never serves stale data by age (R6).";
        });
        out.addAll(history(key, e.tags(), results));
        return out;
    }

    public static List<String> route(String pathname, RouteCopy copy, Simulation sim, List<StepResult> results) {
        List<String> out = new ArrayList<>();
        RouteEntry e = sim.routeCache().get(pathname, copy);
        if (e == null) {
            out.add(pathname + " has no route-level entry.");
            return out;
        }
        Freshness.Judgement j = Freshness.of(e, sim.manifest(), sim.nowTick(), sim.nowMs());
        String what = pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : "");
        out.add(what + " is " + j.freshness().word() + ". It shows " + Snapshots.versions(e.outputs()) + ", "
                + (e.isBuildOutput() ? "rendered at next build" : "rendered at " + Snapshots.seconds(e.timestamp())) + ".");
        out.add(copy == RouteCopy.REFRESH
                ? "This is the page's second copy: later router.refresh() calls (after the first) and repeat Link visits"
                + " read it, and it goes stale and regenerates on its own — why a refresh can still show old data"
                + " when a page load already shows the new (R24, R34)."
                : "This is the page's main copy: page loads, plain GETs, action redirects, the first router.refresh()"
                + " and the first Link visit read it.");
        out.add(switch (j.freshness()) {
            case FRESH -> "None of its tags (its reads' tags and its implicit _N_T_ tags, R14) was invalidated since: a GET is"
                    + " a route-cache HIT and no cached function is even read (R15).";
            case STALE -> "Its tag " + j.tag() + " went stale. " + cause(j.tag(), sim) + " The next request gets the old page"
                    + " (x-nextjs-cache: STALE) and the page regenerates in the background (R15).";
            case EXPIRED -> "Its tag " + j.tag() + " expired. " + cause(j.tag(), sim) + (sim.app().routeFor(pathname)
                    .map(r -> r.hasDynamicSegment()).orElse(false)
                    ? " This route has a [param]: the next request is served the old data from the prerendered shell,"
                    + " with no x-nextjs-cache header, and regenerates in the background (R16)."
                    : " The next request regenerates the page while it waits (x-nextjs-cache: MISS, R15).");
            case AGED_OUT -> "It is past its revalidate time (" + lifetime(e.life().revalidate()) + ").";
        });
        out.addAll(history("page " + pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : ""), e.tags(), results));
        return out;
    }

    /** A cacheLife time in words: 2592000 → "30 d", the infinite one → "never". */
    static String lifetime(long seconds) {
        return seconds >= dev.cachelab.engine.app.CacheLife.INFINITE ? "never" : Countdowns.duration(seconds * 1000);
    }

    static String cause(String tag, Simulation sim) {
        if (tag == null) return "";
        TagsManifest.TagState t = sim.manifest().get(tag);
        if (t == null) return "";
        return "It was written by " + t.cause() + " in step " + (t.causeStep() + 1) + ".";
    }

    private static String filledBy(String key, long timestamp, List<StepResult> results) {
        for (StepResult r : results) {
            for (EngineEvent e : r.events()) {
                if (e instanceof EngineEvent.BodyRan b && b.key().equals(key) && VirtualClock.msOf(b.at()) == VirtualClock.msOf(timestamp)) {
                    return " in step " + (r.index() + 1) + " (" + b.mode().label() + ")";
                }
            }
        }
        return "";
    }

    /**
     * Every event of every step that names {@code key}, and every write of one of its {@code tags} to the tags
     * manifest (the invalidation call that made it stale or expired), oldest first.
     */
    private static List<String> history(String key, java.util.Collection<String> tags, List<StepResult> results) {
        List<String> out = new ArrayList<>();
        for (StepResult r : results) {
            for (EngineEvent e : r.events()) {
                String k = keyOf(e);
                boolean names = k != null && (k.equals(key) || k.startsWith(key + " ") && !k.endsWith("(refresh copy)"));
                String tag = e instanceof EngineEvent.TagMarkedStale t ? t.tag()
                        : e instanceof EngineEvent.TagMarkedExpired t ? t.tag() : null;
                if (names || tag != null && tags.contains(tag)) {
                    out.add("· step " + (r.index() + 1) + ", " + Snapshots.seconds(e.at()) + ": " + e.describe());
                }
            }
        }
        if (!out.isEmpty()) out.add(0, "What happened to it:");
        return out;
    }

    private static String keyOf(EngineEvent e) {
        if (e instanceof EngineEvent.EntryHit h) return h.key();
        if (e instanceof EngineEvent.StaleServed s) return s.key();
        if (e instanceof EngineEvent.EntryMiss m) return m.key();
        if (e instanceof EngineEvent.BodyRan b) return b.key();
        if (e instanceof EngineEvent.EntryStored s) return s.key();
        if (e instanceof EngineEvent.BackgroundRegenerationStarted b) return b.target();
        if (e instanceof EngineEvent.RouteCacheRead r) return "page " + r.pathname() + copySuffix(r.copy());
        if (e instanceof EngineEvent.RouteEntryStored r) return "page " + r.pathname() + copySuffix(r.copy());
        return null;
    }

    private static String copySuffix(RouteCopy copy) {
        return copy == RouteCopy.REFRESH ? " (refresh copy)" : "";
    }
}
