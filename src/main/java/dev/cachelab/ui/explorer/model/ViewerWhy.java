package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.state.RouteCopy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.cachelab.engine.event.RouteVerdict;

/**
 * "Why does this person see v1?": for the user's or the other visitor's page, the request that produced it, which
 * copy of the route cache or which {@code 'use cache'} entries answered it, and the invalidation calls behind them.
 * Pure: built from the steps' events and the engine's state.
 */
public final class ViewerWhy {

    private ViewerWhy() {
    }

    /** The subject line for the user's ({@code user}) or the other visitor's page. */
    public static String subject(boolean user) {
        return user ? "The user's page" : "Another visitor's page";
    }

    public static List<WhyLine> explain(boolean user, Simulation sim, List<StepResult> results) {
        List<WhyLine> out = new ArrayList<>();
        int index = user ? Snapshots.userStep(results) : Snapshots.visitorStep(results);
        String who = user ? "The user" : "The other visitor";
        if (index < 0) {
            out.add(WhyLine.plain(who + (user ? " has not opened a page yet." : " has not visited yet.")));
            return out;
        }
        StepResult r = results.get(index);
        String viewer = r.step() instanceof Step.Get ? null : Snapshots.viewerOf(r.step());
        List<EngineEvent> request = requestOf(r.events(), viewer);
        out.add(WhyLine.plain(who + " " + sees(r, request, viewer) + "."));
        out.add(WhyLine.plain("It comes from step " + (index + 1) + ": " + r.step().describe() + "."));
        Set<String> tags = new LinkedHashSet<>();
        boolean fromRouteCache = false;
        for (EngineEvent e : request) {
            if (e instanceof EngineEvent.ClientCacheServed) {
                out.add(WhyLine.measured("The browser's router cache served it without asking the server.", "nav-after-save-path-list--static; R33"));
            } else if (e instanceof EngineEvent.RouteCacheRead read) {
                fromRouteCache = true;
                out.add(read.copy() == RouteCopy.REFRESH
                        ? WhyLine.modelled("The route cache answered " + read.pathname() + " from the second copy Cache Lab keeps"
                        + " for repeat refreshes and Link visits: " + verdict(read.verdict()) + ".", "a second copy of each route entry (R24, R34)")
                        : WhyLine.measured("The route cache answered " + read.pathname() + ": " + verdict(read.verdict()) + ".", verdictRef(read.verdict())));
                if (read.tag() != null) tags.add(read.tag());
            } else if (e instanceof EngineEvent.EntryHit h) {
                out.add(WhyLine.plain("· " + h.key() + ": a hit in the 'use cache' store, v" + h.version() + "."));
            } else if (e instanceof EngineEvent.StaleServed s) {
                out.add(WhyLine.measured("· " + s.key() + ": the stale v" + s.version() + " served at once (tag " + s.staleTag()
                        + "), regenerated in the background.", "rh-revalidateTag-max--dynamic; R12"));
                tags.add(s.staleTag());
            } else if (e instanceof EngineEvent.EntryMiss m) {
                out.add(WhyLine.plain("· " + m.key() + ": " + m.describe().substring(m.key().length() + 2) + "."));
            } else if (e instanceof EngineEvent.BodyRan b) {
                out.add(WhyLine.plain("· " + b.key() + ": its body ran (" + b.mode().label() + ") and read v" + b.version() + "."));
            }
        }
        if (!fromRouteCache && request.stream().anyMatch(e -> e instanceof EngineEvent.EntryHit
                || e instanceof EngineEvent.StaleServed || e instanceof EngineEvent.EntryMiss)) {
            out.add(2, WhyLine.measured("The page was rendered for this request, reading its cached functions:", "baseline--dynamic; R13"));
        }
        for (String tag : tags) {
            String cause = tagCause(tag, results, index);
            if (!cause.isEmpty()) out.add(WhyLine.plain(cause));
        }
        List<WhyLine> older = olderThanDatabase(r, results);
        out.addAll(older);
        out.addAll(InstanceWhy.explain(r, results, sim, !older.isEmpty(), fromRouteCache));
        out.addAll(outcomes(r));
        return out;
    }

    /** The verdict in words; its rule goes to the evidence, where it is a link. */
    private static String verdict(RouteVerdict v) {
        return v.label().replaceAll(" \\(R\\d+\\)$", "");
    }

    /** The case and rule behind a route-cache answer. */
    private static String verdictRef(RouteVerdict v) {
        return switch (v) {
            case EXPIRED_SHELL -> "rh-revalidatePath-literal-detail--static; R16";
            case NOT_FOUND_FULL_LOAD -> "nav-after-save-update--static; R35";
            default -> "rh-revalidateTag-max--static, baseline--static; R15";
        };
    }

    /** "sees /invoices: getInvoiceList v1 (STALE)" or the error page. */
    private static String sees(StepResult r, List<EngineEvent> request, String viewer) {
        for (int i = request.size() - 1; i >= 0; i--) {
            if (request.get(i) instanceof EngineEvent.PageShown p && p.errorPage()) {
                return "sees the Next.js error page on " + p.url() + (r.error() != null ? " (" + r.error() + ")" : "");
            }
        }
        if (Boolean.TRUE.equals(r.errorPage())) return "sees the Next.js error page";
        String url = r.step() instanceof Step.Get g ? g.url() : urlShown(request);
        List<String> parts = new ArrayList<>();
        if (r.served() != null) {
            for (Map.Entry<String, Served> s : r.served().entrySet()) {
                parts.add(s.getKey() + " v" + s.getValue().version()
                        + (s.getValue().outcome() == null ? "" : " (" + s.getValue().outcome() + ")"));
            }
        }
        return "sees " + (url == null ? "the page" : url) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    private static String urlShown(List<EngineEvent> request) {
        for (int i = request.size() - 1; i >= 0; i--) {
            if (request.get(i) instanceof EngineEvent.PageShown p) return p.url();
            if (request.get(i) instanceof EngineEvent.ClientCacheServed c) return c.url();
        }
        return null;
    }

    /**
     * The events of the request whose answer this person sees: for a browser, from the last request before the page
     * it shows (not the Server Action or Route Handler itself) to that page; for a GET, the whole step.
     */
    static List<EngineEvent> requestOf(List<EngineEvent> events, String viewer) {
        if (viewer == null) return events;
        int shown = -1;
        for (int i = events.size() - 1; i >= 0 && shown < 0; i--) {
            if (events.get(i) instanceof EngineEvent.PageShown p && viewer.equals(p.viewer())) shown = i;
        }
        if (shown < 0) return events;
        int from = 0;
        for (int i = shown; i >= 0; i--) {
            EngineEvent e = events.get(i);
            if (e instanceof EngineEvent.ClientCacheServed c && viewer.equals(c.viewer())) {
                from = i;
                break;
            }
            if (e instanceof EngineEvent.RequestStarted q && q.kind() != RequestKind.SERVER_ACTION
                    && q.kind() != RequestKind.ROUTE_HANDLER) {
                from = i;
                break;
            }
        }
        return events.subList(from, shown + 1);
    }

    /** The latest write of {@code tag} to the tags manifest up to step {@code upTo}, with the call that made it. */
    static String tagCause(String tag, List<StepResult> results, int upTo) {
        for (int i = Math.min(upTo, results.size() - 1); i >= 0; i--) {
            List<EngineEvent> events = results.get(i).events();
            for (int k = events.size() - 1; k >= 0; k--) {
                EngineEvent e = events.get(k);
                if (e instanceof EngineEvent.TagMarkedStale t && t.tag().equals(tag)) {
                    return "Tag " + tag + " was marked stale by " + t.cause() + " in step " + (i + 1) + ".";
                }
                if (e instanceof EngineEvent.TagMarkedExpired t && t.tag().equals(tag)) {
                    return "Tag " + tag + " was expired by " + t.cause() + " in step " + (i + 1) + ".";
                }
            }
        }
        return "";
    }

    /** A line for each function shown at an older version than the database holds, with the write that changed it. */
    private static List<WhyLine> olderThanDatabase(StepResult r, List<StepResult> results) {
        List<WhyLine> out = new ArrayList<>();
        if (r.served() == null) return out;
        int db = databaseVersionAfter(results, r.index());
        for (Map.Entry<String, Served> s : r.served().entrySet()) {
            if (s.getValue().version() < db) {
                out.add(WhyLine.plain(s.getKey() + " v" + s.getValue().version() + " is older than the database, which was at v" + db
                        + " then (" + lastWrite(results, r.index()) + ")."));
            }
        }
        return out;
    }

    private static int databaseVersionAfter(List<StepResult> results, int index) {
        int v = 1;
        for (int i = 0; i <= index && i < results.size(); i++) {
            for (EngineEvent e : results.get(i).events()) {
                if (e instanceof EngineEvent.DatabaseWritten w) v = w.version();
                if (e instanceof EngineEvent.TransactionRolledBack t) v = t.version();
            }
        }
        return v;
    }

    private static String lastWrite(List<StepResult> results, int index) {
        for (int i = Math.min(index, results.size() - 1); i >= 0; i--) {
            for (EngineEvent e : results.get(i).events()) {
                if (e instanceof EngineEvent.DatabaseWritten w) return "written to v" + w.version() + " in step " + (i + 1);
            }
        }
        return "no write yet";
    }

    /** What the words on the page's lines mean (R25). */
    private static List<WhyLine> outcomes(StepResult r) {
        List<WhyLine> out = new ArrayList<>();
        if (r.served() == null) return out;
        Set<Served.Outcome> seen = new LinkedHashSet<>();
        r.served().values().forEach(s -> {
            if (s.outcome() != null) seen.add(s.outcome());
        });
        for (Served.Outcome o : seen) {
            out.add(WhyLine.measured(switch (o) {
                case HIT -> "HIT: no body ran for it in this step; the page shows a stored output.";
                case MISS -> "MISS: what the page shows was computed in this step.";
                case STALE -> "STALE: a body ran in this step, but the page shows an older output.";
            }, "baseline--dynamic, rh-revalidateTag-max--dynamic; R25"));
        }
        return out;
    }
}
