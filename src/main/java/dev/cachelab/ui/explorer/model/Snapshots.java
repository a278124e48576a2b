package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.CacheEntry;
import dev.cachelab.engine.state.Freshness;
import dev.cachelab.engine.state.Output;
import dev.cachelab.engine.state.TagsManifest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the pipeline's rows from engine state after a step (see {@link PipelineModel#snap}). */
final class Snapshots {

    private Snapshots() {
    }

    /** An event's instant as people read it ("2.5 s", "8 h 0 min 1 s"): see {@link TimeText#at}. */
    static String seconds(long tick) {
        return TimeText.at(VirtualClock.msOf(tick));
    }

    static TagModel tag(TagsManifest.TagState t, long nowTick, long nowMs) {
        boolean expired = t.expired() != TagsManifest.UNSET && t.expired() <= nowTick;
        String state = expired ? "expired" : t.stale() != TagsManifest.UNSET ? "stale" : "";
        String expires = t.expired() == TagsManifest.UNSET ? "—"
                : expired ? seconds(t.expired()) : "in " + Countdowns.duration(VirtualClock.msOf(t.expired()) - nowMs);
        return new TagModel(t.tag(), state, t.stale() == TagsManifest.UNSET ? "—" : seconds(t.stale()), expires,
                "step " + (t.causeStep() + 1) + ": " + t.cause());
    }

    static String dbNote(StepResult last) {
        String note = "";
        for (EngineEvent e : last.events()) {
            if (e instanceof EngineEvent.DatabaseWritten w) note = "write → v" + w.version();
            if (e instanceof EngineEvent.TransactionRolledBack t) note = "transaction failed, rolled back to v" + t.version();
        }
        return note;
    }

    static ServerModel server(StepResult last) {
        ServerModel model = ServerModel.IDLE;
        PipelineModel scratch = new PipelineModel();
        EventApplier applier = new EventApplier(scratch, scratch.instances().get(0));
        for (EngineEvent e : last.events()) {
            if (e instanceof EngineEvent.RequestStarted || e instanceof EngineEvent.CallMade
                    || e instanceof EngineEvent.InvalidationRecorded || e instanceof EngineEvent.ErrorThrown
                    || e instanceof EngineEvent.ResponseSent || e instanceof EngineEvent.RouteCacheRead) {
                applier.apply(e);
            }
        }
        model = scratch.instances().get(0).server();
        return model;
    }

    static ViewerModel user(Simulation sim, StepResult last) {
        BrowserState b = sim.browsers().get(Step.USER);
        if (b == null || b.url() == null) return ViewerModel.nothing("The user", "has not opened a page yet");
        boolean acted = last != null && Step.USER.equals(viewerOf(last.step()));
        String cache = b.clientCache().isEmpty() ? "router cache: empty"
                : "router cache: " + String.join(", ", b.clientCache().keySet());
        if (b.errorPage()) return new ViewerModel("The user", b.url(), List.of(), true, "Next.js error page · " + cache);
        return new ViewerModel("The user", b.url(), lines(b.shown(), acted ? last.served() : null), false,
                (acted ? "" : "unchanged in this step · ") + cache);
    }

    static String viewerOf(Step s) {
        if (s instanceof Step.BrowserGoto b) return b.viewer() == null ? Step.USER : b.viewer();
        if (s instanceof Step.ServerAction a) return a.viewer() == null ? Step.USER : a.viewer();
        if (s instanceof Step.RouterRefresh r) return r.viewer() == null ? Step.USER : r.viewer();
        if (s instanceof Step.LinkNavigate l) return l.viewer() == null ? Step.USER : l.viewer();
        if (s instanceof Step.ClientCall c) return c.viewer() == null ? Step.USER : c.viewer();
        return null;
    }

    static boolean isBrowserStep(Step s) {
        return s instanceof Step.BrowserGoto || s instanceof Step.ServerAction || s instanceof Step.RouterRefresh
                || s instanceof Step.LinkNavigate || s instanceof Step.ClientCall;
    }

    /** Another person: the latest plain GET, or the latest step of a second browser (a step's "viewer"). */
    static ViewerModel visitor(Simulation sim, List<StepResult> results) {
        int i = visitorStep(results);
        if (i >= 0) {
            StepResult r = results.get(i);
            String viewer = viewerOf(r.step());
            if (viewer != null && !viewer.equals(Step.USER)) {
                BrowserState b = sim.browsers().get(viewer);
                boolean fresh = i == results.size() - 1;
                String who = "The " + viewer + "'s browser";
                if (b.errorPage()) return new ViewerModel(who, b.url(), List.of(), true, "Next.js error page");
                return new ViewerModel(who, b.url(), lines(b.shown(), fresh ? r.served() : null), false,
                        fresh ? "" : "step " + (i + 1));
            }
            if (r.step() instanceof Step.Get g) {
                List<ViewerModel.Line> lines = new ArrayList<>();
                if (r.served() != null) r.served().forEach((fn, s) -> lines.add(line(fn, s)));
                boolean fresh = i == results.size() - 1;
                String note = (fresh ? "" : "step " + (i + 1) + " · ") + "HTTP " + r.status()
                        + (r.routeCache() != null ? " · x-nextjs-cache: " + r.routeCache() : " · no x-nextjs-cache header");
                return new ViewerModel("Another visitor", g.url(), lines, false, note);
            }
        }
        return ViewerModel.nothing("Another visitor", "no one else has visited yet");
    }

    /** The step whose page "another visitor" shows: the latest plain GET or step of a second browser; -1 if none. */
    static int visitorStep(List<StepResult> results) {
        for (int i = results.size() - 1; i >= 0; i--) {
            String viewer = viewerOf(results.get(i).step());
            if (viewer != null && !viewer.equals(Step.USER) || results.get(i).step() instanceof Step.Get) return i;
        }
        return -1;
    }

    /** The latest step of the user's browser; -1 if none. */
    static int userStep(List<StepResult> results) {
        for (int i = results.size() - 1; i >= 0; i--) {
            if (Step.USER.equals(viewerOf(results.get(i).step()))) return i;
        }
        return -1;
    }

    private static List<ViewerModel.Line> lines(Map<String, Output> shown, Map<String, Served> served) {
        List<ViewerModel.Line> out = new ArrayList<>();
        shown.forEach((fn, o) -> {
            Served s = served == null ? null : served.get(fn);
            out.add(s != null ? line(fn, s) : new ViewerModel.Line(fn, o.version(), ""));
        });
        return out;
    }

    private static ViewerModel.Line line(String fn, Served s) {
        return new ViewerModel.Line(fn, s.version(), s.outcome() == null ? "" : s.outcome().name());
    }

    static List<String> groupTags(List<CacheEntry> members) {
        Set<String> common = new LinkedHashSet<>(members.get(0).tags());
        for (CacheEntry e : members) common.retainAll(e.tags());
        List<String> out = new ArrayList<>(common);
        if (members.get(0).tags().size() > common.size()) out.add(0, "+1 tag per entry");
        return out;
    }

    static String counts(int total, Map<Freshness, Integer> counts) {
        StringBuilder b = new StringBuilder(String.format("%,d entries", total));
        counts.forEach((f, n) -> b.append(" · ").append(String.format("%,d", n)).append(' ').append(f.word()));
        return b.toString();
    }

    static String versions(Map<String, Output> outputs) {
        List<String> parts = new ArrayList<>();
        outputs.forEach((fn, o) -> parts.add(fn + " v" + o.version()));
        return String.join(", ", parts);
    }

    static String versionText(Map<String, Integer> versions) {
        List<String> parts = new ArrayList<>();
        versions.forEach((fn, v) -> parts.add(fn + " v" + v));
        return String.join(", ", parts);
    }
}
