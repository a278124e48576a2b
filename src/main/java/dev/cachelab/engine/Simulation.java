package dev.cachelab.engine;

import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.CallSite;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.Output;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.engine.state.RouteCacheView;
import dev.cachelab.engine.state.TagsView;
import dev.cachelab.engine.state.UseCacheView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.rules.Messages;

/**
 * A simulated Next.js 16.4.6 production server with its browsers, on one virtual clock. Construct it from an app
 * (this runs {@code next build}, R14), then {@link #run} steps in time order. Deterministic: the same app and steps
 * give the same results and events. Not thread-safe; pure Java.
 */
public final class Simulation {

    private final EngineState s;
    private final CacheReader reader;
    private final PageRenderer pages;
    private final CallRunner calls;
    private final BrowserSteps browser;
    private final ServerActions actions;
    private final LoadBalancer balancer;
    private List<EngineEvent> buildEvents;
    private int stepCount;

    public Simulation(AppDefinition app) {
        this(new EngineState(app), new LoadBalancer(app.deployment()), null, 0);
        s.scope = new StepScope(-1);
        s.building = true;
        pages.build(); // R14: one build; its output seeds every instance's route-level cache
        s.building = false;
        buildEvents = Collections.unmodifiableList(new ArrayList<>(s.scope.events));
    }

    private Simulation(EngineState s, LoadBalancer balancer, List<EngineEvent> buildEvents, int stepCount) {
        this.s = s;
        this.reader = new CacheReader(s);
        this.pages = new PageRenderer(s, reader);
        this.calls = new CallRunner(s);
        this.browser = new BrowserSteps(s, pages);
        this.actions = new ServerActions(s, calls, pages, browser);
        this.balancer = balancer;
        this.buildEvents = buildEvents;
        this.stepCount = stepCount;
    }

    /**
     * An independent simulation in the same state, with the same clock (a checkpoint to go back to): running the
     * same steps on both gives the same results and events. Costs in proportion to what the caches hold
     * ({@link #stateSize()}); the engine's records are immutable and shared.
     */
    public Simulation copy() {
        return new Simulation(new EngineState(s), balancer.copy(), buildEvents, stepCount);
    }

    /** How much a {@link #copy()} holds: entries, pages, tags and browsers' cached pages, over every instance. */
    public int stateSize() {
        return s.size();
    }

    /**
     * Advances the clock to the step's {@code atMs}, routes it to an instance, runs it and its background work (T1),
     * and reports.
     */
    public StepResult run(Step step) {
        s.clock.advanceTo(step.atMs());
        s.current = s.instance(balancer.route(step));
        StepScope scope = new StepScope(stepCount++);
        s.scope = scope;
        s.emit(new EngineEvent.StepStarted(s.clock.tick(), scope.index, step.kind(), step.describe(), s.inst()));
        Integer status = null;
        String routeCache = null;
        boolean hasRouteCache = false;
        String error = null;
        Boolean fetched = null;
        List<String> caughtErrors = null;
        Map<String, Output> shown = null;
        BrowserState viewer = null;

        if (step instanceof Step.Get g) {
            s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.HTTP_GET, g.url(), null, s.inst()));
            PageResult page = browser.get(g.url());
            status = page.status();
            hasRouteCache = true;
            routeCache = page.header();
            caughtErrors = page.caughtErrors();
            shown = page.outputs();
            s.emit(new EngineEvent.ResponseSent(s.clock.tick(), g.url(), status, routeCache, s.inst()));
        } else if (step instanceof Step.RouteHandler rh) {
            int[] statusBox = new int[1];
            error = routeHandler(rh, statusBox);
            status = statusBox[0];
        } else if (step instanceof Step.BrowserGoto bg) {
            viewer = s.browser(bg.viewer());
            browser.fullLoad(viewer, bg.url(), "full page load");
        } else if (step instanceof Step.ServerAction sa) {
            viewer = s.browser(sa.viewer());
            actions.run(sa);
        } else if (step instanceof Step.RouterRefresh rr) {
            viewer = s.browser(rr.viewer());
            browser.routerRefresh(viewer, rr.times());
        } else if (step instanceof Step.LinkNavigate ln) {
            viewer = s.browser(ln.viewer());
            fetched = browser.linkNavigate(viewer, ln.url());
        } else if (step instanceof Step.Traffic t) {
            for (int id = t.fromId(); id <= t.toId(); id++) warmQuietly(t.function(), List.of(Integer.toString(id)));
            s.emit(new EngineEvent.TrafficServed(s.clock.tick(), t.function(), t.toId() - t.fromId() + 1, s.inst()));
        } else if (step instanceof Step.ClientCall cc) {
            viewer = s.browser(cc.viewer());
            clientCall(cc);
        }
        scope.drainBackground(); // T1: background work ends before the next step

        Boolean errorPage = null;
        if (viewer != null) {
            errorPage = viewer.errorPage();
            shown = viewer.errorPage() ? null : viewer.shown();
        }
        Map<String, Served> served = shown == null ? null : served(shown, scope);
        return new StepResult(scope.index, step, s.inst(), status, hasRouteCache, routeCache, served, error, errorPage,
                List.copyOf(scope.logs), fetched, caughtErrors, List.copyOf(scope.events));
    }

    /** R19: run the calls, write the manifest, answer 200, 500 (printed) or the handler's own status. */
    private String routeHandler(Step.RouteHandler rh, int[] status) {
        s.emit(new EngineEvent.RequestStarted(s.clock.tick(), RequestKind.ROUTE_HANDLER, rh.url(), null, s.inst()));
        HandlerRun run = new HandlerRun();
        calls.runBody(rh.body(), CallSite.ROUTE_HANDLER, run);
        // R32: a Route Handler's revalidations are awaited and their error is printed; the response stays 200
        NextError revalidationError = calls.writeManifest(run);
        if (revalidationError != null) s.logError(revalidationError.getMessage());
        String error = null;
        if (run.escaped == null) {
            status[0] = 200;
        } else if (rh.onErrorStatus() == null) {
            status[0] = 500;
            s.logError(run.escaped.getMessage());
        } else {
            status[0] = rh.onErrorStatus();
            error = run.escaped.getMessage();
        }
        s.emit(new EngineEvent.ResponseSent(s.clock.tick(), rh.url(), status[0], null, s.inst()));
        return error;
    }

    /** The browser stubs of next/cache throw before anything reaches the server; the page stays as it was. */
    private void clientCall(Step.ClientCall cc) {
        for (Call c : cc.body()) {
            s.emit(new EngineEvent.CallMade(s.clock.tick(), c.expression(), CallSite.CLIENT_COMPONENT, null));
            String fn = c instanceof Call.UpdateTag ? "updateTag"
                    : c instanceof Call.RevalidateTag ? "revalidateTag"
                    : c instanceof Call.RevalidatePath ? "revalidatePath"
                    : c instanceof Call.Refresh ? "refresh" : null;
            if (fn == null) continue;
            s.emit(new EngineEvent.ErrorThrown(s.clock.tick(), Messages.notInClient(fn),
                    "client component (browser console)", false, null));
            return; // the uncaught error ends the event handler
        }
    }

    /** R25: per function shown, its version and outcome; nested outputs appear as {@code outer.inner} and by name. */
    private static Map<String, Served> served(Map<String, Output> shown, StepScope scope) {
        Map<String, Served> served = new LinkedHashMap<>();
        shown.forEach((fn, out) -> served.put(fn, new Served(out.version(), outcome(out, scope))));
        shown.forEach((fn, out) -> addInner(out, served, scope));
        // kept for every step of a scenario (the explorer goes back and forth): a page of one function, the usual
        // case, in a map of one entry (a tenth of a LinkedHashMap's size); several keep their order
        if (served.size() == 1) {
            Map.Entry<String, Served> only = served.entrySet().iterator().next();
            return Map.of(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(served);
    }

    private static void addInner(Output out, Map<String, Served> served, StepScope scope) {
        boolean single = out.inner().size() == 1;
        out.inner().forEach((name, inner) -> {
            served.putIfAbsent(out.function() + (single ? ".inner" : ".inner." + name), new Served(inner.version(), null));
            served.putIfAbsent(name, new Served(inner.version(), outcome(inner, scope)));
            addInner(inner, served, scope);
        });
    }

    private static Served.Outcome outcome(Output out, StepScope scope) {
        Set<Long> runs = scope.runsOf(out.function());
        if (runs.isEmpty()) return Served.Outcome.HIT;
        return runs.contains(out.runId()) ? Served.Outcome.MISS : Served.Outcome.STALE;
    }

    /**
     * Fills the entry of {@code fn(args)} at the current time as a background fill would, outside any step and
     * without keeping events: bulk warm-up for benchmarks and large demo catalogues.
     */
    public void warm(String fn, List<String> args) {
        StepScope saved = s.scope;
        s.scope = new StepScope(-2);
        warmQuietly(fn, args);
        s.scope = saved;
    }

    /** A fill whose events are not kept (the current scope's events are restored afterwards). */
    private void warmQuietly(String fn, List<String> args) {
        StepScope saved = s.scope;
        StepScope quiet = new StepScope(saved.index);
        s.scope = quiet;
        reader.read(fn, args, new ReadContext(ReadContext.Mode.FILL, Set.of(), "/", List.of(), s.current.store,
                new ReadContext.Collector(), false));
        s.scope = saved;
    }

    /** Lets time pass with no step, e.g. while the explorer plays between steps. */
    public void advanceTo(long ms) {
        s.clock.advanceTo(ms);
    }

    // ---- read-only views for the explorer and tests ----

    public AppDefinition app() { return s.app; }
    public List<EngineEvent> buildEvents() { return buildEvents; }
    public int stepsRun() { return stepCount; }
    public long nowMs() { return s.clock.nowMs(); }
    public long nowTick() { return s.clock.now(); }
    public int databaseVersion() { return s.db.version(); }
    /**
     * The {@code 'use cache'} entries of the instance that received the latest step (the first instance before any
     * step; the only one unless the app has a deployment). {@link #instances()} has every instance.
     */
    public UseCacheView store() { return s.current.store; }
    /** The tags manifest of the instance that received the latest step. */
    public TagsView manifest() { return s.current.manifest; }
    /** The route-level cache of the instance that received the latest step. */
    public RouteCacheView routeCache() { return s.current.routeCache; }
    /** The instance that received the latest step (the first before any step). */
    public InstanceView currentInstance() { return s.current; }
    public Deployment deployment() { return s.app.deployment(); }
    /** Every instance of the deployment, read-only, in the deployment's order. */
    public List<InstanceView> instances() { return List.copyOf(s.instances); }
    /** The shared tag store, or null when each instance keeps its own (the default). */
    public TagsView sharedTags() { return s.sharedTags; }
    /** The instance a viewer's browser is pinned to by its sticky session, or null. */
    public String pinnedInstance(String viewer) { return balancer.pinnedInstance(viewer); }
    public Map<String, BrowserState> browsers() { return Collections.unmodifiableMap(s.browsers); }

    /** The routes that are pages, in app order. */
    public List<RouteDef> pages() {
        return s.app.routes().stream().filter(RouteDef::isPage).toList();
    }
}
