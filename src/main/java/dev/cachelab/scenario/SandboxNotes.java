package dev.cachelab.scenario;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RouteVerdict;
import dev.cachelab.reference.Evidence;
import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import dev.cachelab.scenario.ScenarioExtras.RealityNote;

import java.util.ArrayList;
import java.util.List;
import dev.cachelab.engine.app.Deployment;

/**
 * The sandbox's notes for a fire: where real Next.js 16.4.6 differs from the simple story, each with its evidence.
 * A note about what happened after the call (a [param] page served old, a pattern that reached a prerendered
 * [param] page) is added only when the engine's events show it happened in this run.
 */
final class SandboxNotes {

    private SandboxNotes() {
    }

    static List<RealityNote> notes(Fire f, int step, List<StepResult> results, AppDefinition app) {
        List<RealityNote> out = new ArrayList<>();
        Tool tool = f.tool();
        if (f.site() == Site.CLIENT_COMPONENT && !tool.inBrowser()) {
            out.add(clientStub(step, tool));
            return out;
        }
        switch (tool) {
            case UPDATE_TAG -> {
                if (f.site() == Site.ROUTE_HANDLER) out.add(note(step, "updateTag only works in a Server Action. In a Route"
                        + " Handler it throws, the request answers 500, and nothing is invalidated — even the row written"
                        + " before it stays invisible to cached readers. Use revalidateTag(tag, 'max') or { expire: 0 } there.",
                        Evidence.Kind.MEASURED, "rh-updateTag--static; R8, R19"));
            }
            case REVALIDATE_TAG_MAX -> {
                if (f.site() == Site.SERVER_ACTION) out.add(note(step, "'max' in a Server Action does not refresh the"
                        + " client: no x-action-revalidated header, no re-render. With a redirect, a prerendered target is"
                        + " served stale; a request-time target shows fresh data (R11).",
                        Evidence.Kind.MEASURED, "action-write-max-no-refresh--static, sa-revalidateTag-max-redirect--static; F3, spec §4.5"));
            }
            case REVALIDATE_TAG_SINGLE -> out.add(note(step, "Deprecated: it prints a warning on every call and then behaves"
                    + " exactly like updateTag — but unlike updateTag it is also allowed in a Route Handler.",
                    Evidence.Kind.MEASURED, "rh-revalidateTag-single-arg--dynamic, sa-revalidateTag-single-redirect--static; F5, R8"));
            case REVALIDATE_TAG_EXPIRE_0 -> out.add(note(step, "{ expire: 0 } marks the tag stale and expired at once, and in a"
                    + " Server Action it also refreshes the client, like updateTag. It is the escape hatch for Route Handlers.",
                    Evidence.Kind.MEASURED, "rh-revalidateTag-expire0--static, sa-revalidateTag-expire0-redirect--dynamic; F4, spec §4.3"));
            case REVALIDATE_PATH_LAYOUT -> out.add(note(step, "With 'layout', revalidatePath records the implicit tag of a"
                    + " layout (" + f.mutation().path() + "/layout). Every page rendered under that layout carries it — the"
                    + " list and each of its records — so all of them are expired, whichever URL they have. From a Server"
                    + " Action it also empties the browser's router cache.", Evidence.Kind.SOURCE, "spec §2.4, §5.2, §5.4; R9"));
            case REVALIDATE_PATH, REVALIDATE_PATH_PATTERN -> out.add(note(step, "revalidatePath expires the implicit tag of"
                    + " one URL (or, with 'page', one route file). Another prerendered page showing the same data keeps its old"
                    + " copy; request-time pages share the recomputed 'use cache' entry. From a Server Action it also empties"
                    + " the browser's router cache, so previously visited pages refetch.", Evidence.Kind.MEASURED,
                    "rh-revalidatePath-list-dash-first--static, rh-revalidatePath-list-dash-first--dynamic; F6, spec §5.4"));
            case ROUTER_REFRESH -> out.add(note(step, "router.refresh() re-renders the page but invalidates nothing on the"
                    + " server, so a cached read returns the same value. It is not debounced: every call sends a request."
                    + " Invalidate on the server first, then refresh.", Evidence.Kind.MEASURED,
                    "router-refresh-after-write--static, router-refresh-debounce--dynamic; F7, F8, R23"));
            case SERVER_REFRESH -> out.add(f.site() == Site.ROUTE_HANDLER
                    ? note(step, "refresh() only works in a Server Action: in a Route Handler it throws and the request"
                    + " answers 500.", Evidence.Kind.MEASURED, "rh-refresh; R29")
                    : note(step, "refresh() invalidates no tag. A prerendered page's browser still gets the route cache's"
                    + " copy, while the page's cached reads were recomputed behind it.", Evidence.Kind.MEASURED,
                    "sa-refresh-only--static; F12, R29"));
        }
        String shell = servedFromShell(results, step, app);
        if (shell != null) {
            out.add(note(step, "After this call the prerendered " + shell + " was served its old data once, from the"
                    + " prerendered shell with no x-nextjs-cache header, and regenerated in the background: an expired"
                    + " page with a [param] does not make its next reader wait.", Evidence.Kind.MEASURED,
                    "sa-updateTag-redirect--static, rh-revalidatePath-literal-detail--static; R16"));
        }
        String pattern = patternOnPrerenderedParam(f, results, step, app);
        if (pattern != null) {
            out.add(note(step, "Cache Lab regenerates the prerendered " + pattern + " that this call reaches. That holds"
                    + " for a page that reads params inside <Suspense>. The measured app awaited params outside it, and"
                    + " after revalidatePath('/invoices/[id]', 'page') every visit to its prerendered page answered 500"
                    + " (F6). For this to work, await params inside a <Suspense> boundary.", Evidence.Kind.MODELLED,
                    "a [param] page that reads params inside <Suspense>; the measured app answered 500 instead (F6, R28)"));
        }
        RealityNote elsewhere = otherPodServedOld(results, step, app);
        if (elsewhere != null) out.add(elsewhere);
        return out;
    }

    /**
     * With several pods, the first read after the call on a pod other than the one that ran it that still showed data
     * older than the database, and why (F20): that pod's own tags manifest never heard of the call, or, with a shared
     * tag store, its prerendered page sits in its own route cache, which the shared store does not reach.
     */
    private static RealityNote otherPodServedOld(List<StepResult> results, int step, AppDefinition app) {
        if (app.deployment().isSingle()) return null;
        StepResult call = results.get(step);
        int db = call.events().stream().filter(e -> e instanceof EngineEvent.DatabaseWritten)
                .mapToInt(e -> ((EngineEvent.DatabaseWritten) e).version()).max().orElse(-1);
        if (db < 0 || call.instance() == null) return null;
        for (int i = step + 1; i < results.size(); i++) {
            StepResult r = results.get(i);
            if (r.instance() == null || r.instance().equals(call.instance())) continue;
            // old data served as a plain HIT: this pod saw no invalidation (STALE would mean it saw a 'max' one)
            if (r.served().values().stream().noneMatch(v -> v.version() < db && v.outcome() == Served.Outcome.HIT)) continue;
            boolean shared = app.deployment().tagStore() == Deployment.TagStore.SHARED;
            if (shared && !"HIT".equals(r.routeCache())) continue;
            String why = shared
                    ? "Both pods share one tag store, but " + r.instance() + "'s prerendered page lives in its own route"
                    + " cache, which the shared store does not reach: a request-time page there would have been fresh."
                    : call.instance() + " recorded the invalidation in its own tags manifest; " + r.instance() + " keeps"
                    + " its own and never heard of it. A shared tag store in cacheHandlers reaches request-time pages on"
                    + " every pod, but not another pod's prerendered pages.";
            return note(i, r.instance() + " still served old data after the call ran on " + call.instance() + ". " + why,
                    Evidence.Kind.MEASURED, "b3-revalidateTag-max--local-tags, b3-revalidateTag-max--shared-tags,"
                    + " b3b-sa-updateTag--static--local-tags; F20");
        }
        return null;
    }

    /** The spec names the browser stubs of updateTag and revalidateTag; for the other calls Cache Lab assumes the same. */
    private static RealityNote clientStub(int step, Tool tool) {
        boolean named = tool.importName().equals("updateTag") || tool.importName().equals("revalidateTag");
        String text = "In a browser bundle next/cache exports stubs that throw \"`" + tool.importName() + "` is only"
                + " available in a Server Component.\" The write never happens and nothing is invalidated.";
        return named ? note(step, text, Evidence.Kind.SOURCE, "spec §3.1, §4.4")
                : note(step, text, Evidence.Kind.MODELLED, "the code names the stubs of updateTag and revalidateTag;"
                + " Cache Lab assumes " + tool.importName() + " is stubbed the same way");
    }

    /** The first prerendered [param] page served from its shell (R16) in the steps after {@code step}, or null. */
    private static String servedFromShell(List<StepResult> results, int step, AppDefinition app) {
        for (int i = step + 1; i < results.size(); i++) {
            for (EngineEvent e : results.get(i).events()) {
                if (e instanceof EngineEvent.RouteCacheRead r && r.verdict() == RouteVerdict.EXPIRED_SHELL) return "page " + r.pathname();
            }
        }
        return null;
    }

    /** A 'page' or 'layout' revalidation that reached a prerendered route with a [param], or null. */
    private static String patternOnPrerenderedParam(Fire f, List<StepResult> results, int step, AppDefinition app) {
        if (f.tool() != Tool.REVALIDATE_PATH_PATTERN && f.tool() != Tool.REVALIDATE_PATH_LAYOUT) return null;
        SandboxOutcome o = SandboxOutcome.of(results.get(step));
        if (o.expired().stream().noneMatch(t -> t.endsWith("/page") || t.endsWith("/layout"))) return null;
        for (int i = step + 1; i < results.size(); i++) {
            for (EngineEvent e : results.get(i).events()) {
                if (e instanceof EngineEvent.RouteCacheRead r && r.verdict() != RouteVerdict.HIT) {
                    RouteDef route = app.routeFor(r.pathname()).orElse(null);
                    if (route != null && route.hasDynamicSegment()) return "page " + r.pathname();
                }
            }
        }
        return null;
    }

    private static RealityNote note(int step, String text, Evidence.Kind kind, String ref) {
        return new RealityNote(step, text, new Evidence(kind, ref));
    }
}
