package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.CacheEntry;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.engine.state.RouteEntry;
import dev.cachelab.engine.state.TagsManifest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why? for the tags manifest: what one tag's entry says, what it does to the entries and pages that carry it, and
 * which ones those are — or that none does. Also the line a fresh entry or page gets when invalidations happened but
 * none of them reached it, naming its own tags. Pure: built from the engine's state and the steps' events.
 */
public final class TagWhy {

    private static final String IMPLICIT = "_N_T_";

    private TagWhy() {
    }

    public static List<WhyLine> tag(String tag, Simulation sim, List<StepResult> results) {
        List<WhyLine> out = new ArrayList<>();
        TagsManifest.TagState st = sim.manifest().get(tag);
        if (st == null) {
            out.add(WhyLine.plain("Tag " + tag + " has not been invalidated: the tags manifest has no entry for it."));
            return out;
        }
        long now = sim.nowTick();
        boolean expired = st.expired() != TagsManifest.UNSET && st.expired() <= now;
        boolean stale = st.stale() != TagsManifest.UNSET;
        String times = (stale ? "marked stale at " + Snapshots.seconds(st.stale()) : "")
                + (st.expired() != TagsManifest.UNSET ? (stale ? ", " : "") + (expired ? "expired at " : "to expire at ")
                + Snapshots.seconds(st.expired()) : "");
        out.add(WhyLine.plain("Tag " + tag + ": " + times + ", written by " + st.cause() + " in step " + (st.causeStep() + 1) + "."));
        if (tag.startsWith(IMPLICIT)) {
            out.add(WhyLine.source("It is an implicit tag: revalidatePath wrote it, and it names " + names(tag.substring(IMPLICIT.length()))
                    + ".", "spec §2.4, §5.2; R9"));
        }
        out.add(expired
                ? WhyLine.measured("Every entry and prerendered page that carries it and was filled before then is expired:"
                + " its next read waits for a fresh value — except a prerendered page with a [param], which is served its old"
                + " data once while it regenerates.", "rh-revalidateTag-expire0--static, rh-revalidatePath-literal-detail--static; R10, R15, R16")
                : WhyLine.measured("Every entry and prerendered page that carries it and was filled before then is stale:"
                + " it is served old once and regenerated in the background.", "rh-revalidateTag-max--static, rh-revalidateTag-max--dynamic; R12, R15"));
        List<String> carriers = carriers(tag, sim);
        if (carriers.isEmpty()) {
            out.add(WhyLine.measured("No entry or page carries this tag, so striking it changed nothing. Tags match exactly,"
                    + " case included, and striking a tag nothing carries is not an error.", "sa-updateTag-unknown-tag--dynamic; F11, R4"));
        } else {
            out.add(WhyLine.plain("Carried by: " + String.join(", ", carriers) + "."));
        }
        for (StepResult r : results) {
            for (EngineEvent e : r.events()) {
                if (tag.equals(struck(e))) out.add(WhyLine.plain("\u00b7 step " + (r.index() + 1) + ", " + Snapshots.seconds(e.at()) + ": " + e.describe()));
            }
        }
        return out;
    }

    /**
     * For an entry or page that is still fresh although tags were struck: says that none of them reached it, with the
     * tags struck and its own tags (a typo, another tenant's tag, a path of another page). Empty when nothing was struck.
     */
    static List<WhyLine> unmatched(Collection<String> ownTags, List<StepResult> results, long filledAt) {
        Map<String, String> struck = new LinkedHashMap<>();
        List<String> before = new ArrayList<>();
        for (StepResult r : results) {
            for (EngineEvent e : r.events()) {
                String t = struck(e);
                if (t == null) continue;
                if (ownTags.contains(t)) {
                    if (e.at() < filledAt && !before.contains(t)) before.add(t);
                } else {
                    struck.putIfAbsent(t, "step " + (r.index() + 1));
                }
            }
        }
        List<WhyLine> out = new ArrayList<>();
        if (!struck.isEmpty()) {
            List<String> named = new ArrayList<>();
            struck.forEach((t, where) -> named.add(t + " (" + where + ")"));
            out.add(WhyLine.measured("No invalidation so far matched it. Struck: " + String.join(", ", named) + ". Its own tags: "
                    + String.join(", ", ownTags) + ". Tags match exactly, case included.", "sa-updateTag-unknown-tag--dynamic; F11, R4"));
        }
        if (!before.isEmpty()) {
            out.add(WhyLine.plain("Its tag" + (before.size() == 1 ? " " : "s ") + String.join(", ", before) + (before.size() == 1 ? " was" : " were")
                    + " struck before it was filled, so that invalidation is already behind it."));
        }
        return out;
    }

    private static String struck(EngineEvent e) {
        if (e instanceof EngineEvent.TagMarkedStale s) return s.tag();
        if (e instanceof EngineEvent.TagMarkedExpired x) return x.tag();
        return null;
    }

    private static List<String> carriers(String tag, Simulation sim) {
        List<String> out = new ArrayList<>();
        for (CacheEntry e : sim.store().entries()) if (e.tags().contains(tag)) out.add(e.key());
        for (String p : sim.routeCache().pathnames()) {
            RouteEntry r = sim.routeCache().get(p, RouteCopy.MAIN);
            if (r != null && r.tags().contains(tag)) out.add("page " + p);
        }
        if (out.size() > 12) {
            int more = out.size() - 10;
            out = new ArrayList<>(out.subList(0, 10));
            out.add("and " + more + " more");
        }
        return out;
    }

    /** "the URL /invoices only", "every page of the route file /blog/[slug]", "every page under /invoices". */
    private static String names(String path) {
        if (path.endsWith("/layout")) return "every page under " + (path.length() == 7 ? "/" : path.substring(0, path.length() - 7));
        if (path.endsWith("/page")) return "every page of the route file " + path.substring(0, path.length() - 5);
        return "the URL " + path + " only";
    }
}
