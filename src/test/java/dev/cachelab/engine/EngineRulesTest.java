package dev.cachelab.engine;

import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.CacheLifeSpec;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.FunctionDef;
import dev.cachelab.engine.app.Profiles;
import dev.cachelab.engine.app.Rendering;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.Freshness;
import dev.cachelab.engine.state.TagsManifest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules exercised one at a time on a tiny app, stepping the virtual clock. */
class EngineRulesTest {

    private static AppDefinition app(CacheLifeSpec life) {
        FunctionDef list = new FunctionDef("getList", List.of(), List.of("list"), life, List.of(), List.of(), null);
        RouteDef page = new RouteDef("/list", Rendering.REQUEST_TIME, List.of(),
                List.of(new CallExpr("getList", List.of())), List.of(), null);
        RouteDef api = new RouteDef("/api", Rendering.ROUTE_HANDLER, List.of(), List.of(), List.of(), null);
        return new AppDefinition(Profiles.builtIn(), 1, Map.of("getList", list), List.of(page, api));
    }

    private static Step.RouteHandler rh(long at, Call... calls) {
        return new Step.RouteHandler(at, "/api", List.of(calls), null);
    }

    @Test
    void invalidationWritesTimestampsOnlyAndNoBodyRuns() {
        Simulation sim = new Simulation(app(new CacheLifeSpec.Named("max")));
        sim.run(new Step.Get(0, "/list"));
        StepResult r = sim.run(rh(100, new Call.Write(), new Call.RevalidateTag("list", new Call.NamedProfile("max"))));
        assertThat(r.events()).noneMatch(e -> e instanceof EngineEvent.BodyRan);
        TagsManifest.TagState t = sim.manifest().get("list");
        assertThat(VirtualClock.msOf(t.stale())).isEqualTo(100);
        assertThat(VirtualClock.msOf(t.expired())).isEqualTo(100 + 31_536_000_000L);
        assertThat(Freshness.of(sim.store().get("getList()"), sim.manifest(), sim.nowTick(), sim.nowMs()).freshness())
                .isEqualTo(Freshness.STALE);
    }

    @Test
    void pastRevalidateTheDefaultHandlerBlocksInsteadOfServingStale() {
        Simulation sim = new Simulation(app(new CacheLifeSpec.Inline(null, 4L, 10L)));
        sim.run(new Step.Get(0, "/list"));
        sim.run(rh(500, new Call.Write()));
        assertThat(sim.run(new Step.Get(4000, "/list")).served().get("getList")).isEqualTo(new Served(1, Served.Outcome.HIT));
        assertThat(sim.run(new Step.Get(8001, "/list")).served().get("getList")).isEqualTo(new Served(2, Served.Outcome.MISS));
    }

    @Test
    void theExpiryWindowQuirkExpiresAnEntryRegeneratedInsideTheWindow() {
        Simulation sim = new Simulation(app(new CacheLifeSpec.Named("max")));
        sim.run(new Step.Get(0, "/list"));
        sim.run(rh(100, new Call.Write(), new Call.RevalidateTag("list", new Call.ExpireProfile(10L))));
        assertThat(sim.run(new Step.Get(200, "/list")).served().get("getList").outcome()).isEqualTo(Served.Outcome.STALE);
        assertThat(sim.run(new Step.Get(300, "/list")).served().get("getList")).isEqualTo(new Served(2, Served.Outcome.HIT));
        sim.run(rh(400, new Call.Write()));
        // the window ends at 10.1 s: the entry regenerated at 0.2 s counts as expired again (spec §4.2)
        assertThat(sim.run(new Step.Get(10_200, "/list")).served().get("getList")).isEqualTo(new Served(3, Served.Outcome.MISS));
    }

    @Test
    void anUnknownProfileWritesNothingAndPrintsTheError() {
        Simulation sim = new Simulation(app(new CacheLifeSpec.Named("max")));
        sim.run(new Step.Get(0, "/list"));
        StepResult r = sim.run(rh(100, new Call.RevalidateTag("list", new Call.NamedProfile("nope"))));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.logs()).containsExactly("Error: Invalid profile provided \"nope\" must be configured under cacheLife in next.config or be \"max\"");
        assertThat(sim.manifest().get("list")).isNull();
    }

    @Test
    void aTransactionThatFailsRollsBackTheDatabaseButNotTheInvalidation() {
        Simulation sim = new Simulation(app(new CacheLifeSpec.Named("max")));
        sim.run(new Step.Get(0, "/list"));
        StepResult r = sim.run(rh(100, new Call.Transaction(List.of(new Call.Write(),
                new Call.RevalidateTag("list", null)), "commit failed", false)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(sim.databaseVersion()).isEqualTo(1);
        assertThat(sim.manifest().get("list").expired()).isPositive();
        assertThat(sim.run(new Step.Get(200, "/list")).served().get("getList")).isEqualTo(new Served(1, Served.Outcome.MISS));
    }

    @Test
    void theClockNeverGoesBackwardsAndEventsAreStrictlyOrdered() {
        Simulation sim = new Simulation(app(new CacheLifeSpec.Named("max")));
        StepResult r = sim.run(new Step.Get(50, "/list"));
        long last = Long.MIN_VALUE;
        for (EngineEvent e : r.events()) {
            assertThat(e.at()).isGreaterThan(last);
            last = e.at();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.run(new Step.Get(10, "/list")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameStepsGiveTheSameEvents() {
        List<Step> steps = List.of(new Step.Get(0, "/list"), rh(10, new Call.Write(), new Call.UpdateTag("list")),
                new Step.Get(20, "/list"));
        List<String> a = run(steps);
        assertThat(run(steps)).isEqualTo(a);
    }

    private static List<String> run(List<Step> steps) {
        Simulation sim = new Simulation(app(new CacheLifeSpec.Named("max")));
        return steps.stream().flatMap(s -> sim.run(s).events().stream()).map(e -> e.at() + " " + e.describe()).toList();
    }
}
