package dev.cachelab.scenario;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxTest {

    private static List<StepResult> run(Fire... fires) {
        return Conformance.run(Sandbox.build(List.of(fires)));
    }

    private static StepResult mutation(List<StepResult> results) {
        return results.stream().filter(r -> r.step() instanceof Step.ServerAction || r.step() instanceof Step.RouteHandler
                || r.step() instanceof Step.ClientCall).findFirst().orElseThrow();
    }

    @Test
    void everyAllowedCombinationPlaysWithNarrationAndCode() {
        for (Mutation m : Mutation.values()) {
            for (Tool t : Tool.values()) {
                for (Site s : Site.values()) {
                    if (!SandboxChoices.allowed(t, s)) continue;
                    Scenario scenario = Sandbox.build(List.of(new Fire(m, t, s)));
                    assertThat(scenario.narration()).hasSameSizeAs(scenario.steps()).doesNotContain("");
                    assertThat(scenario.extras().code()).isNotEmpty();
                    assertThat(Conformance.run(scenario)).hasSameSizeAs(scenario.steps());
                }
            }
        }
    }

    @Test
    void updateTagInAServerActionLetsTheUserReadTheirWrite() {
        StepResult r = mutation(run(new Fire(Mutation.FORM_SAVE, Tool.UPDATE_TAG, Site.SERVER_ACTION)));
        assertThat(r.served().get("getInvoiceList")).isEqualTo(new Served(2, Served.Outcome.MISS));
    }

    @Test
    void maxWithARedirectToAPrerenderedListShowsTheOldList() {
        StepResult r = mutation(run(new Fire(Mutation.FORM_SAVE, Tool.REVALIDATE_TAG_MAX, Site.SERVER_ACTION)));
        assertThat(r.served().get("getInvoiceList")).isEqualTo(new Served(1, Served.Outcome.STALE));
    }

    @Test
    void updateTagInARouteHandlerFailsAndInvalidatesNothing() {
        List<StepResult> results = run(new Fire(Mutation.WEBHOOK, Tool.UPDATE_TAG, Site.ROUTE_HANDLER));
        StepResult r = mutation(results);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.logs().get(0)).startsWith("Error: updateTag can only be called from within a Server Action.");
        StepResult last = results.get(results.size() - 1);
        assertThat(last.served().get("getBilling").version()).isEqualTo(1);
    }

    @Test
    void nextCacheInAClientComponentThrowsTheBrowserStubError() {
        StepResult r = mutation(run(new Fire(Mutation.FORM_SAVE, Tool.UPDATE_TAG, Site.CLIENT_COMPONENT)));
        assertThat(r.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(EngineEvent.ErrorThrown.class,
                err -> assertThat(err.message()).isEqualTo("`updateTag` is only available in a Server Component.")));
    }

    @Test
    void theCronImportMarksFiveThousandEntriesStaleWithOneCall() {
        List<StepResult> results = run(new Fire(Mutation.CRON_IMPORT, Tool.REVALIDATE_TAG_MAX, Site.ROUTE_HANDLER));
        StepResult r = mutation(results);
        assertThat(r.events().stream().filter(e -> e instanceof EngineEvent.TagMarkedStale)).hasSize(1);
        assertThat(r.events().stream().filter(e -> e instanceof EngineEvent.BodyRan)).isEmpty();
    }

    @Test
    void routerRefreshAloneShowsTheSameCachedValue() {
        List<StepResult> results = run(new Fire(Mutation.FORM_SAVE, Tool.ROUTER_REFRESH, Site.CLIENT_COMPONENT));
        StepResult refresh = results.stream().filter(r -> r.step() instanceof Step.RouterRefresh).findFirst().orElseThrow();
        assertThat(refresh.served().get("getInvoice")).isEqualTo(new Served(1, Served.Outcome.HIT));
    }
}
