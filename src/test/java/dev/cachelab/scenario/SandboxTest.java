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
        for (Mutation m : Mutation.ALL) {
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
    void updateTagFromARouteHandlerIsNarratedAsTheFailureItIs() {
        Scenario s = Sandbox.build(List.of(new Fire(Mutation.WEBHOOK, Tool.UPDATE_TAG, Site.ROUTE_HANDLER)));
        String said = s.narration().stream().filter(n -> n.startsWith(Mutation.WEBHOOK.label())).findFirst().orElseThrow();
        assertThat(said).contains("writes the row (v2) and calls updateTag, which throws: \"updateTag can only be called"
                        + " from within a Server Action.")
                .contains("The request answers 500. Nothing is invalidated")
                .doesNotContain("marked expired").doesNotContain("waits");
    }

    @Test
    void theGeneratedCodeTakesEveryTagFromItsHelperModule() {
        for (Mutation m : Mutation.ALL) {
            for (Site site : Site.values()) {
                for (Tool t : List.of(Tool.UPDATE_TAG, Tool.REVALIDATE_TAG_MAX, Tool.REVALIDATE_TAG_EXPIRE_0, Tool.REVALIDATE_TAG_SINGLE)) {
                    List<String> code = Sandbox.build(List.of(new Fire(m, t, site))).extras().code().stream()
                            .map(ScenarioExtras.CodeLine::text).toList();
                    String all = String.join("\n", code);
                    assertThat(code.get(0)).isEqualTo("// lib/tags.ts");
                    for (int i = 0; i < m.tags().size(); i++) {
                        // no hand-typed tag string, and a call of the helper instead
                        assertThat(all).as(m + " " + site).doesNotContain("\"" + m.tagValues().get(i) + "\"");
                        assertThat(all).as(m + " " + site).contains("(" + SandboxTags.call(m, i, site));
                    }
                    assertThat(all).contains(SandboxTags.importLine(m));
                }
            }
            // each helper builds exactly the tag the app's functions carry
            List<SandboxTags.Helper> helpers = SandboxTags.helpers(m);
            String org = m.crossTenant() ? "org2" : "org1";
            for (int i = 0; i < m.tags().size(); i++) {
                List<String> args = helpers.get(i).params().stream().map(p -> p.equals("orgId") ? org : "42").toList();
                assertThat(helpers.get(i).evaluate(args)).as(m.toString()).isEqualTo(m.tagValues().get(i));
            }
        }
    }

    @Test
    void revalidatePathWithLayoutExpiresEveryPageUnderTheLayoutAndNothingElse() {
        List<StepResult> results = run(new Fire(Mutation.FORM_SAVE, Tool.REVALIDATE_PATH_LAYOUT, Site.SERVER_ACTION));
        StepResult save = mutation(results);
        assertThat(save.step()).isInstanceOfSatisfying(Step.ServerAction.class,
                a -> assertThat(a.body()).contains(new dev.cachelab.engine.app.Call.RevalidatePath("/invoices", "layout")));
        assertThat(save.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(EngineEvent.TagMarkedExpired.class,
                x -> assertThat(x.tag()).isEqualTo("_N_T_/invoices/layout")));
        // the list (under the layout) is regenerated for the user; the dashboard's page (another layout) keeps its copy
        assertThat(save.served().get("getInvoiceList").version()).isEqualTo(2);
        StepResult dashboard = results.stream().filter(r -> r.step() instanceof Step.Get g && g.url().equals("/dashboard"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(dashboard.routeCache()).isEqualTo("HIT");
        assertThat(dashboard.served().get("getInvoiceList").version()).isEqualTo(1);
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
