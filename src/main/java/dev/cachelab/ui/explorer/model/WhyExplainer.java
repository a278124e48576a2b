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
import dev.cachelab.engine.app.CacheLife;
import java.util.Collection;

/**
 * "Why is this stale / fresh?": the chain of events, back to the call that caused the current state, for an entry,
 * a route entry or what a viewer sees. Pure: built from the engine's state and the steps' events.
 */
public final class WhyExplainer {

    private WhyExplainer() {
    }

    public static List<WhyLine> entry(String key, Simulation sim, List<StepResult> results) {
        List<WhyLine> out = new ArrayList<>();
        CacheEntry e = sim.store().get(key);
        if (e == null) {
            out.add(WhyLine.measured(key + " has no entry: nothing has read it since the server started (the store starts"
                    + " empty), or its last run had cacheLife expire 0 and was not stored.", "baseline--dynamic; R3, spec §7.2"));
            return out;
        }
        Freshness.Judgement j = Freshness.of(e, sim.manifest(), sim.nowTick(), sim.nowMs());
        out.add(WhyLine.plain(key + " is " + j.freshness().word() + ": " + j.freshness().meaning() + "."));
        out.add(WhyLine.plain("It holds data version " + e.output().version() + ", filled at " + Snapshots.seconds(e.timestamp())
                + filledBy(key, e.timestamp(), results) + "."));
        out.add(switch (j.freshness()) {
            case FRESH -> WhyLine.source("No tag of it was invalidated after it was filled, and it is younger than its"
                    + " revalidate time (" + lifetime(e.life().revalidate()) + "). The reading page's implicit tags can still"
                    + " discard it.", "spec §7.1, §2.4; R10");
            case STALE -> WhyLine.measured("Its tag " + j.tag() + " went stale after the entry was filled. " + cause(j.tag(), sim)
                    + " A request serves the old value and regenerates it once in the background.", "rh-revalidateTag-max--dynamic; R10, R12");
            case EXPIRED -> WhyLine.measured("Its tag " + j.tag() + " expired after the entry was filled. " + cause(j.tag(), sim)
                    + " The next read runs the body while the request waits.", "rh-revalidateTag-expire0--dynamic; R10");
            case AGED_OUT -> WhyLine.measured("It is older than its revalidate time (" + lifetime(e.life().revalidate()) + ")."
                    + " The default in-memory handler reports it missing, so the next read blocks; it never serves stale data"
                    + " by age.", "cachelife-timing-dynamic; F9, R6");
        });
        if (j.freshness() == Freshness.FRESH) out.addAll(TagWhy.unmatched(e.tags(), results, e.timestamp()));
        out.addAll(history(key, e.tags(), results));
        return out;
    }

    public static List<WhyLine> route(String pathname, RouteCopy copy, Simulation sim, List<StepResult> results) {
        List<WhyLine> out = new ArrayList<>();
        RouteEntry e = sim.routeCache().get(pathname, copy);
        if (e == null) {
            out.add(WhyLine.plain(pathname + " has no route-level entry."));
            return out;
        }
        Freshness.Judgement j = Freshness.of(e, sim.manifest(), sim.nowTick(), sim.nowMs());
        String what = pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : "");
        out.add(WhyLine.plain(what + " is " + j.freshness().word() + ". It shows " + Snapshots.versions(e.outputs()) + ", "
                + (e.isBuildOutput() ? "rendered at next build" : "rendered at " + Snapshots.seconds(e.timestamp())) + "."));
        // the two copies are Cache Lab's device for a measured oddity, not a structure of Next.js
        out.add(copy == RouteCopy.REFRESH
                ? WhyLine.modelled("This is the page's second copy, which Cache Lab keeps to reproduce a measured oddity:"
                + " later router.refresh() calls and repeat Link visits read it first, and it goes stale and regenerates on"
                + " its own — why a refresh can still show old data when a page load already shows the new.",
                "a second copy of each route entry (R24, R34)")
                : WhyLine.modelled("Cache Lab keeps two copies of each prerendered page; this is the main one: page loads,"
                + " plain GETs, action redirects, the first router.refresh() and the first Link visit read it.",
                "two copies of each route entry, the main one read by everything but repeat refreshes (R24, R34)"));
        out.add(switch (j.freshness()) {
            case FRESH -> WhyLine.measured("None of its tags (the tags of what it read, and its implicit _N_T_ tags) was"
                    + " invalidated since: a GET is a route-cache HIT and no cached function is even read.",
                    "rh-revalidatePath-list-dash-first--static; R14, R15");
            case STALE -> WhyLine.measured("Its tag " + j.tag() + " went stale. " + cause(j.tag(), sim) + " The next request"
                    + " gets the old page (x-nextjs-cache: STALE) and the page regenerates in the background.",
                    "rh-revalidateTag-max--static; R15");
            case EXPIRED -> sim.app().routeFor(pathname).map(r -> r.hasDynamicSegment()).orElse(false)
                    ? WhyLine.measured("Its tag " + j.tag() + " expired. " + cause(j.tag(), sim) + " This route has a [param]:"
                    + " the next request is served the old data from the prerendered shell, with no x-nextjs-cache header,"
                    + " and regenerates in the background.", "rh-revalidatePath-literal-detail--static; R16")
                    : WhyLine.measured("Its tag " + j.tag() + " expired. " + cause(j.tag(), sim) + " The next request"
                    + " regenerates the page while it waits (x-nextjs-cache: MISS).", "rh-revalidateTag-expire0--static; R15");
            case AGED_OUT -> WhyLine.plain("It is past its revalidate time (" + lifetime(e.life().revalidate()) + ").");
        });
        if (j.freshness() == Freshness.FRESH) out.addAll(TagWhy.unmatched(e.tags(), results, e.timestamp()));
        out.addAll(history("page " + pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : ""), e.tags(), results));
        return out;
    }

    /** A cacheLife time in words: 2592000 → "30 d", the infinite one → "never". */
    static String lifetime(long seconds) {
        return seconds >= CacheLife.INFINITE ? "never" : Countdowns.duration(seconds * 1000);
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
    private static List<WhyLine> history(String key, Collection<String> tags, List<StepResult> results) {
        List<WhyLine> out = new ArrayList<>();
        for (StepResult r : results) {
            for (EngineEvent e : r.events()) {
                String k = keyOf(e);
                boolean names = k != null && (k.equals(key) || k.startsWith(key + " ") && !k.endsWith("(refresh copy)"));
                String tag = e instanceof EngineEvent.TagMarkedStale t ? t.tag()
                        : e instanceof EngineEvent.TagMarkedExpired t ? t.tag() : null;
                if (names || tag != null && tags.contains(tag)) {
                    out.add(WhyLine.plain("· step " + (r.index() + 1) + ", " + Snapshots.seconds(e.at()) + ": " + e.describe()));
                }
            }
        }
        if (!out.isEmpty()) out.add(0, WhyLine.plain("What happened to it:"));
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
