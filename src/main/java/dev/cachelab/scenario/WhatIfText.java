package dev.cachelab.scenario;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The narration of a fork's steps from the changed one on, told from what the engine did in this run — what each
 * person saw, whether it was the database's latest data, what the changed step invalidated or threw — never from
 * what the tool is supposed to do.
 */
final class WhatIfText {

    private WhatIfText() {
    }

    static List<String> narrate(Scenario s, int from, String toolLabel) {
        ScenarioPlayer player = new ScenarioPlayer(s);
        List<String> out = new ArrayList<>();
        while (player.canStepForward()) {
            StepResult r = player.stepForward();
            if (r.index() < from) continue;
            int db = player.simulation().databaseVersion();
            out.add(r.index() == from ? mutation(r, db, toolLabel) : after(r, db));
        }
        return out;
    }

    /** What the changed step did: its writes, what it marked, what it threw. */
    static String mutation(StepResult r, int db, String toolLabel) {
        Set<String> stale = new LinkedHashSet<>();
        Set<String> expired = new LinkedHashSet<>();
        String thrown = null;
        boolean wrote = false;
        for (EngineEvent e : r.events()) {
            if (e instanceof EngineEvent.TagMarkedStale t) stale.add(t.tag());
            else if (e instanceof EngineEvent.TagMarkedExpired t) expired.add(t.tag());
            else if (e instanceof EngineEvent.DatabaseWritten) wrote = true;
            else if (e instanceof EngineEvent.ErrorThrown err && !err.caught() && thrown == null) {
                thrown = err.message().lines().findFirst().orElse("");
            }
        }
        StringBuilder b = new StringBuilder("With ").append(toolLabel).append(": ");
        if (wrote) b.append("the row is written (v").append(db).append("); ");
        if (thrown != null) b.append("the call throws (").append(thrown).append("); ");
        if (!expired.isEmpty()) b.append(String.join(", ", expired)).append(expired.size() > 1 ? " expire" : " expires").append(" now; ");
        if (!stale.isEmpty()) b.append(String.join(", ", stale)).append(stale.size() > 1 ? " are" : " is").append(" marked stale; ");
        if (stale.isEmpty() && expired.isEmpty()) b.append("nothing is invalidated; ");
        b.setLength(b.length() - 2);
        b.append(". ");
        if (r.status() != null && r.status() >= 400) b.append("The response is HTTP ").append(r.status()).append('.');
        if (Boolean.TRUE.equals(r.errorPage())) b.append("The browser shows the error page.");
        return b.toString().trim();
    }

    /** A later step: who saw what, and whether it was the latest data. */
    static String after(StepResult r, int db) {
        Step step = r.step();
        String who = step instanceof Step.Get ? "Another visitor" : viewer(step);
        if (Boolean.TRUE.equals(r.errorPage())) return who + " gets Next.js's error page.";
        Map<String, Served> served = r.served();
        if (served == null || served.isEmpty()) {
            return step instanceof Step.Wait ? "Time passes." : capitalise(step.describe()) + ".";
        }
        int oldest = Integer.MAX_VALUE;
        List<String> how = new ArrayList<>();
        for (Map.Entry<String, Served> e : served.entrySet()) {
            oldest = Math.min(oldest, e.getValue().version());
            Served.Outcome o = e.getValue().outcome();
            how.add(e.getKey() + " v" + e.getValue().version() + (o == null ? "" : " (" + o + ")"));
        }
        String what = step instanceof Step.Get g ? "reads " + g.url() : "sees " + url(step);
        String verdict = oldest >= db ? "the latest data" : "old data: the database has v" + db;
        return who + " " + what + ": " + String.join(", ", how) + " — " + verdict + "."
                + (r.routeCache() != null ? " The route cache answered " + r.routeCache() + "." : "");
    }

    private static String viewer(Step step) {
        String v = step instanceof Step.BrowserGoto b ? b.viewer() : step instanceof Step.LinkNavigate l ? l.viewer()
                : step instanceof Step.ServerAction a ? a.viewer() : step instanceof Step.RouterRefresh rr ? rr.viewer()
                : step instanceof Step.ClientCall c ? c.viewer() : null;
        return v == null || v.equals(Step.USER) ? "The user" : "The " + v;
    }

    private static String url(Step step) {
        if (step instanceof Step.BrowserGoto b) return b.url();
        if (step instanceof Step.LinkNavigate l) return l.url();
        if (step instanceof Step.ServerAction a) return a.redirect() != null ? a.redirect() : a.from();
        return "the page";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
