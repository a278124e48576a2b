package dev.cachelab.scenario;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RouteVerdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's narration of a read — a visitor's GET, or what the user's browser shows — told from what the engine
 * did in that step: the route cache's answer (HIT, STALE, MISS, or the old data from a prerendered shell with no
 * header), what each cached function served, and whether that is older than the database.
 */
final class SandboxReads {

    private SandboxReads() {
    }

    /** "The catalogue is busy: …" from how many entries the traffic filled. */
    static String traffic(StepResult r) {
        int n = r.events().stream().filter(e -> e instanceof EngineEvent.TrafficServed).mapToInt(e -> ((EngineEvent.TrafficServed) e).entries()).sum();
        return "The catalogue is busy: " + String.format("%,d", n) + " product pages have been read, so " + String.format("%,d", n)
                + " getProduct entries are cached.";
    }

    /** What a visitor's GET got. */
    static String served(StepResult r, int database) {
        if (r.status() != null && r.status() >= 500) return "the request fails with HTTP " + r.status();
        String url = r.step() instanceof Step.Get g ? g.url() : null;
        return how(r, url, database);
    }

    /** What the user's browser shows after a navigation, a refresh or an action. */
    static String shown(StepResult r, int database) {
        if (Boolean.TRUE.equals(r.errorPage())) return "the browser shows Next.js's error page";
        if (Boolean.FALSE.equals(r.fetched())) {
            return "the browser's router cache shows it without asking the server: " + versions(r.served(), database);
        }
        String url = r.step() instanceof Step.LinkNavigate l ? l.url() : r.step() instanceof Step.BrowserGoto g ? g.url() : null;
        return how(r, url, database);
    }

    private static String how(StepResult r, String url, int database) {
        EngineEvent.RouteCacheRead read = firstRead(r, url);
        String v = versions(r.served(), database);
        if (read != null) {
            return switch (read.verdict()) {
                case HIT -> "the prerendered page, straight from the route cache (HIT): " + v;
                case STALE -> "the old page at once (STALE): " + v + "; it regenerates in the background";
                case MISS -> "a page regenerated while the request waits (MISS): " + v;
                case EXPIRED_SHELL -> "the old data from the prerendered shell, with no x-nextjs-cache header: " + v
                        + "; the page regenerates in the background";
                case NOT_FOUND_FULL_LOAD -> "the data request gets 404 and the browser loads the page in full: " + v;
            };
        }
        if (r.served() == null || r.served().isEmpty()) return "the page";
        boolean stale = r.served().values().stream().anyMatch(s -> s.outcome() == Served.Outcome.STALE);
        boolean miss = r.served().values().stream().anyMatch(s -> s.outcome() == Served.Outcome.MISS);
        if (stale) return "the cached data at once, stale (STALE): " + v + "; it is recomputed in the background";
        if (miss) return "data computed while the request waits (MISS): " + v;
        return "cached data (HIT): " + v;
    }

    /** The route cache's first answer for {@code url} in the step (what the requester got). */
    private static EngineEvent.RouteCacheRead firstRead(StepResult r, String url) {
        for (EngineEvent e : r.events()) {
            if (e instanceof EngineEvent.RouteCacheRead read && (url == null || read.pathname().equals(url))) {
                return read.verdict() == null ? null : read;
            }
        }
        return null;
    }

    /** "getInvoiceList v1, getBilling v2, although the database holds v2". */
    static String versions(Map<String, Served> served, int database) {
        if (served == null || served.isEmpty()) return "no cached data";
        List<String> parts = new ArrayList<>();
        boolean older = false;
        for (Map.Entry<String, Served> s : served.entrySet()) {
            if (s.getKey().contains(".")) continue; // an inner output embedded in its outer one
            parts.add(s.getKey() + " v" + s.getValue().version());
            older |= s.getValue().version() < database;
        }
        return String.join(", ", parts) + (older ? ", although the database holds v" + database : "");
    }

    /** The verdicts a test can check the narration against. */
    static RouteVerdict verdict(StepResult r, String url) {
        EngineEvent.RouteCacheRead read = firstRead(r, url);
        return read == null ? null : read.verdict();
    }
}
