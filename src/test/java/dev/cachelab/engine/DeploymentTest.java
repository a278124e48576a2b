package dev.cachelab.engine;

import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.CacheLifeSpec;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.engine.app.FunctionDef;
import dev.cachelab.engine.app.Profiles;
import dev.cachelab.engine.app.Rendering;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.EngineEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several instances of one build (FINDINGS, "Several instances"): per-instance state, what a shared tag store reaches
 * and what it does not, and how the load balancer routes steps.
 */
class DeploymentTest {

    /** A prerendered list and its request-time twin, both reading getList() tagged "list"; one Route Handler. */
    private static AppDefinition app(Deployment deployment) {
        FunctionDef list = new FunctionDef("getList", List.of(), List.of("list"), new CacheLifeSpec.Named("max"),
                List.of(), List.of(), null);
        CallExpr read = new CallExpr("getList", List.of());
        RouteDef page = new RouteDef("/list", Rendering.PRERENDERED, List.of(), List.of(read), List.of(), null);
        RouteDef live = new RouteDef("/live", Rendering.REQUEST_TIME, List.of(), List.of(read), List.of(), null);
        RouteDef api = new RouteDef("/api", Rendering.ROUTE_HANDLER, List.of(), List.of(), List.of(), null);
        return new AppDefinition(Profiles.builtIn(), 1, Map.of("getList", list), List.of(page, live, api), deployment);
    }

    private static Deployment two(Deployment.TagStore store) {
        return new Deployment(List.of("A", "B"), store, Deployment.Routing.FIRST, Deployment.Sessions.STICKY);
    }

    private static Step.RouteHandler expireOnA(long at) {
        return new Step.RouteHandler(at, "/api", List.of(new Call.Write(),
                new Call.RevalidateTag("list", new Call.ExpireProfile(0L))), null, "A");
    }

    private static Served served(StepResult r) {
        return r.served().get("getList");
    }

    @Test
    void eachInstanceFillsItsOwnEntriesAndOnlyTheReceiverSeesAnInvalidation() {
        Simulation sim = new Simulation(app(two(Deployment.TagStore.PER_INSTANCE)));
        assertThat(served(sim.run(new Step.Get(0, "/live", "A")))).isEqualTo(new Served(1, Served.Outcome.MISS));
        // B computes its own entry although A has one (FINDINGS Several instances, 5)
        assertThat(served(sim.run(new Step.Get(100, "/live", "B")))).isEqualTo(new Served(1, Served.Outcome.MISS));
        sim.run(expireOnA(200));

        assertThat(served(sim.run(new Step.Get(300, "/live", "A")))).isEqualTo(new Served(2, Served.Outcome.MISS));
        assertThat(served(sim.run(new Step.Get(400, "/live", "B")))).isEqualTo(new Served(1, Served.Outcome.HIT));
        assertThat(served(sim.run(new Step.Get(500, "/list", "B")))).isEqualTo(new Served(1, Served.Outcome.HIT));

        InstanceView a = sim.instances().get(0);
        InstanceView b = sim.instances().get(1);
        assertThat(a.manifest().get("list")).isNotNull();
        assertThat(b.manifest().get("list")).isNull();
        assertThat(a.store().get("getList()").output().version()).isEqualTo(2);
        assertThat(b.store().get("getList()").output().version()).isEqualTo(1);
        assertThat(sim.sharedTags()).isNull();
    }

    @Test
    void aSharedTagStoreReachesUseCacheEntriesButNotTheRouteCacheOfAnotherInstance() {
        Simulation sim = new Simulation(app(two(Deployment.TagStore.SHARED)));
        sim.run(new Step.Get(0, "/live", "B"));
        StepResult write = sim.run(expireOnA(100));
        assertThat(write.events()).filteredOn(e -> e instanceof EngineEvent.TagMarkedExpired)
                .allSatisfy(e -> assertThat(((EngineEvent.TagMarkedExpired) e).shared()).isTrue());

        // B's request-time page: its 'use cache' entry is judged by the shared store, blocking v2
        assertThat(served(sim.run(new Step.Get(200, "/live", "B")))).isEqualTo(new Served(2, Served.Outcome.MISS));
        // B's prerendered page: its route entry is judged by B's own manifest, which never heard of the tag
        StepResult prerendered = sim.run(new Step.Get(300, "/list", "B"));
        assertThat(prerendered.routeCache()).isEqualTo("HIT");
        assertThat(served(prerendered)).isEqualTo(new Served(1, Served.Outcome.HIT));
        // A's own route cache sees its own manifest
        assertThat(sim.run(new Step.Get(400, "/list", "A")).routeCache()).isEqualTo("MISS");

        assertThat(sim.instances().get(1).useCacheTags().get("list")).isNotNull();
        assertThat(sim.instances().get(1).manifest().get("list")).isNull();
    }

    @Test
    void aSharedStoreCarriesPathInvalidationsThroughTheReadersSoftTags() {
        Simulation sim = new Simulation(app(two(Deployment.TagStore.SHARED)));
        sim.run(new Step.Get(0, "/live", "B"));
        sim.run(new Step.RouteHandler(100, "/api", List.of(new Call.Write(), new Call.RevalidatePath("/live", null)),
                null, "A"));
        assertThat(served(sim.run(new Step.Get(200, "/live", "B")))).isEqualTo(new Served(2, Served.Outcome.MISS));
    }

    @Test
    void backgroundWorkRunsOnTheInstanceThatQueuedIt() {
        Simulation sim = new Simulation(app(two(Deployment.TagStore.SHARED)));
        sim.run(new Step.Get(0, "/live", "A"));
        sim.run(new Step.Get(10, "/live", "B"));
        sim.run(new Step.RouteHandler(100, "/api", List.of(new Call.Write(),
                new Call.RevalidateTag("list", new Call.NamedProfile("max"))), null, "A"));
        StepResult onB = sim.run(new Step.Get(200, "/live", "B"));
        assertThat(served(onB)).isEqualTo(new Served(1, Served.Outcome.STALE));
        assertThat(onB.events()).filteredOn(e -> e instanceof EngineEvent.BodyRan)
                .singleElement().extracting(e -> ((EngineEvent.BodyRan) e).instance()).isEqualTo("B");
        assertThat(sim.instances().get(1).store().get("getList()").output().version()).isEqualTo(2);
        // A's entry was not touched by B's background run: A still serves its own stale v1 once
        assertThat(served(sim.run(new Step.Get(300, "/live", "A")))).isEqualTo(new Served(1, Served.Outcome.STALE));
    }

    @Test
    void roundRobinHandsUnpinnedRequestsToEachInstanceInTurn() {
        Deployment rr = new Deployment(List.of("A", "B", "C"), Deployment.TagStore.PER_INSTANCE,
                Deployment.Routing.ROUND_ROBIN, Deployment.Sessions.STICKY);
        Simulation sim = new Simulation(app(rr));
        List<String> got = List.of(
                sim.run(new Step.Get(0, "/live")).instance(),
                sim.run(new Step.Get(1, "/live")).instance(),
                sim.run(new Step.Get(2, "/live")).instance(),
                sim.run(new Step.Get(3, "/live")).instance());
        assertThat(got).containsExactly("A", "B", "C", "A");
        // a named instance does not take a turn
        assertThat(sim.run(new Step.Get(4, "/live", "C")).instance()).isEqualTo("C");
        assertThat(sim.run(new Step.Get(5, "/live")).instance()).isEqualTo("B");
    }

    @Test
    void aStickyBrowserStaysOnTheInstanceItsPageCameFromWhileVisitorsAlternate() {
        Deployment rr = new Deployment(List.of("A", "B"), Deployment.TagStore.PER_INSTANCE,
                Deployment.Routing.ROUND_ROBIN, Deployment.Sessions.STICKY);
        Simulation sim = new Simulation(app(rr));
        assertThat(sim.run(new Step.BrowserGoto(0, "/live", "user")).instance()).isEqualTo("A");
        assertThat(sim.run(new Step.Get(1, "/live")).instance()).isEqualTo("B");
        StepResult save = sim.run(new Step.ServerAction(2, "/live", List.of(new Call.Write(), new Call.UpdateTag("list")),
                null, false, "user"));
        assertThat(save.instance()).isEqualTo("A");
        assertThat(served(save)).isEqualTo(new Served(2, Served.Outcome.MISS));
        assertThat(sim.pinnedInstance("user")).isEqualTo("A");
        // the visitor's next request goes to A by turn, the one after to B, which never heard of the save
        assertThat(served(sim.run(new Step.Get(3, "/live")))).isEqualTo(new Served(2, Served.Outcome.HIT));
        StepResult onB = sim.run(new Step.Get(4, "/live"));
        assertThat(onB.instance()).isEqualTo("B");
        assertThat(served(onB)).isEqualTo(new Served(1, Served.Outcome.HIT));
        // the user's refresh stays on A
        assertThat(sim.run(new Step.RouterRefresh(5, 1, false, "user")).instance()).isEqualTo("A");
    }

    @Test
    void withoutStickySessionsEveryBrowserStepGoesThroughTheBalancer() {
        Deployment rr = new Deployment(List.of("A", "B"), Deployment.TagStore.PER_INSTANCE,
                Deployment.Routing.ROUND_ROBIN, Deployment.Sessions.NONE);
        Simulation sim = new Simulation(app(rr));
        assertThat(sim.run(new Step.BrowserGoto(0, "/live", "user")).instance()).isEqualTo("A");
        assertThat(sim.run(new Step.RouterRefresh(1, 1, false, "user")).instance()).isEqualTo("B");
        assertThat(sim.pinnedInstance("user")).isNull();
    }

    @Test
    void aBrowserStepNamingAnInstancePinsTheBrowserThere() {
        Simulation sim = new Simulation(app(two(Deployment.TagStore.PER_INSTANCE)));
        sim.run(new Step.BrowserGoto(0, "/live", "user", "B"));
        assertThat(sim.run(new Step.RouterRefresh(1, 1, false, "user")).instance()).isEqualTo("B");
        assertThat(sim.run(new Step.Get(2, "/live")).instance()).isEqualTo("A");
    }

    @Test
    void oneInstanceNamesNoInstanceInItsEventsAndResults() {
        Simulation sim = new Simulation(app(Deployment.SINGLE));
        StepResult r = sim.run(new Step.Get(0, "/live"));
        assertThat(r.instance()).isNull();
        assertThat(r.events()).allSatisfy(e -> assertThat(e.describe()).doesNotStartWith("["));
        assertThat(sim.instances()).hasSize(1);
    }

    @Test
    void theBuildSeedsEveryInstanceAndADeploymentHoldsOneToFourInstances() {
        Simulation sim = new Simulation(app(two(Deployment.TagStore.PER_INSTANCE)));
        for (InstanceView i : sim.instances()) assertThat(i.routeCache().pathnames()).containsExactly("/list");
        assertThatThrownBy(() -> new Deployment(List.of(), Deployment.TagStore.SHARED, Deployment.Routing.FIRST,
                Deployment.Sessions.STICKY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deployment(List.of("A", "B", "C", "D", "E"), Deployment.TagStore.SHARED,
                Deployment.Routing.FIRST, Deployment.Sessions.STICKY)).isInstanceOf(IllegalArgumentException.class);
    }
}
