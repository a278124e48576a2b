package dev.cachelab.scenario;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RouteVerdict;
import dev.cachelab.reference.Evidence;
import dev.cachelab.reference.EvidenceReader;
import dev.cachelab.reference.Reference;
import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sandbox combination (mutation × tool × call site) is run, and every narration line is checked against the
 * events of its own step: the narration says what the engine did, never what the tool usually does.
 */
class SandboxNarrationTest {

    @Test
    void everyLineOfEveryCombinationTellsWhatItsStepDid() {
        int checked = 0;
        for (Mutation m : Mutation.ALL) {
            for (Tool t : Tool.values()) {
                for (Site s : Site.values()) {
                    if (!SandboxChoices.allowed(t, s)) continue;
                    Sandbox.Run run = Sandbox.run(List.of(new Fire(m, t, s)));
                    int db = Sandbox.app().initialVersion();
                    for (StepResult r : run.results()) {
                        db = after(r, db);
                        String said = run.scenario().narration().get(r.index());
                        String what = m.label() + " / " + t + " / " + s + ", step " + r.index() + ": " + said;
                        if (isMutation(r.step())) mutationLine(r, said, what, db);
                        else readLine(r, said, what, db);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    /** The mutation's line names every struck tag, the error, the 500, the write; it never predicts the next read. */
    private static void mutationLine(StepResult r, String said, String what, int db) {
        List<String> struck = r.events().stream().filter(e -> e instanceof EngineEvent.TagMarkedStale
                || e instanceof EngineEvent.TagMarkedExpired).map(e -> e instanceof EngineEvent.TagMarkedStale x
                ? x.tag() : ((EngineEvent.TagMarkedExpired) e).tag()).toList();
        if (struck.isEmpty()) {
            assertThat(said).as(what).containsIgnoringCase("nothing is invalidated").doesNotContain("marked");
        } else {
            for (String tag : struck) assertThat(said).as(what).contains(tag);
        }
        boolean expired = r.events().stream().anyMatch(e -> e instanceof EngineEvent.TagMarkedExpired);
        boolean stale = r.events().stream().anyMatch(e -> e instanceof EngineEvent.TagMarkedStale);
        assertThat(said.contains("marked expired")).as(what).isEqualTo(expired);
        assertThat(said.contains("marked stale")).as(what).isEqualTo(stale);
        // what the next reader gets is told at that reader's step, from what happened there
        assertThat(said).as(what).doesNotContain("next read").doesNotContain("waits for fresh data");
        String error = r.events().stream().filter(e -> e instanceof EngineEvent.ErrorThrown x && !x.caught())
                .map(e -> ((EngineEvent.ErrorThrown) e).message()).findFirst().orElse(null);
        if (error != null) {
            assertThat(said).as(what).contains("throws: \"" + SandboxText.shortError(error.lines().findFirst().orElseThrow()));
            assertThat(said).as(what).doesNotContain("lesson's choice");
        }
        if (r.step() instanceof Step.RouteHandler && r.status() >= 500) assertThat(said).as(what).contains("answers " + r.status());
        boolean wrote = r.events().stream().anyMatch(e -> e instanceof EngineEvent.DatabaseWritten);
        assertThat(said.contains("writes the row")).as(what).isEqualTo(wrote);
        if (r.step() instanceof Step.ServerAction && r.served() != null && !Boolean.TRUE.equals(r.errorPage())) {
            versions(r.served(), said, what, db);
        }
    }

    /** A read's line names every version it served, the route cache's answer, and an answer older than the database. */
    private static void readLine(StepResult r, String said, String what, int db) {
        if (r.step() instanceof Step.Traffic) return;
        if (r.status() != null && r.status() >= 500) {
            assertThat(said).as(what).contains("HTTP " + r.status());
            return;
        }
        if (Boolean.FALSE.equals(r.fetched())) assertThat(said).as(what).contains("router cache");
        String url = r.step() instanceof Step.Get g ? g.url() : r.step() instanceof Step.LinkNavigate l ? l.url()
                : r.step() instanceof Step.BrowserGoto b ? b.url() : null;
        RouteVerdict verdict = Boolean.FALSE.equals(r.fetched()) ? null : SandboxReads.verdict(r, url);
        if (verdict != null) {
            switch (verdict) {
                case HIT -> assertThat(said).as(what).contains("(HIT)");
                case STALE -> assertThat(said).as(what).contains("(STALE)").contains("regenerates in the background");
                case MISS -> assertThat(said).as(what).contains("(MISS)").contains("waits");
                case EXPIRED_SHELL -> assertThat(said).as(what).contains("old data").contains("no x-nextjs-cache header")
                        .doesNotContain("waits");
                case NOT_FOUND_FULL_LOAD -> assertThat(said).as(what).contains("404");
            }
        } else if (r.served() != null && !Boolean.FALSE.equals(r.fetched())) {
            boolean miss = r.served().values().stream().anyMatch(x -> x.outcome() == Served.Outcome.MISS);
            boolean staleServed = r.served().values().stream().anyMatch(x -> x.outcome() == Served.Outcome.STALE);
            assertThat(said.contains("(STALE)")).as(what).isEqualTo(staleServed);
            if (!staleServed) assertThat(said.contains("(MISS)")).as(what).isEqualTo(miss);
        }
        if (r.served() != null) versions(r.served(), said, what, db);
    }

    private static void versions(Map<String, Served> served, String said, String what, int db) {
        boolean older = false;
        for (Map.Entry<String, Served> e : served.entrySet()) {
            if (e.getKey().contains(".")) continue;
            assertThat(said).as(what).contains(e.getKey() + " v" + e.getValue().version());
            older |= e.getValue().version() < db;
        }
        assertThat(said.contains("although the database holds v" + db)).as(what).isEqualTo(older);
    }

    @Test
    void anExpiredPrerenderedParamPageIsToldAsServedOldNotAsAWait() {
        // the old narration promised "the next read waits for fresh data" here, while the engine served /products/1 old (R16)
        Sandbox.Run run = Sandbox.run(List.of(new Fire(Mutation.CRON_IMPORT, Tool.REVALIDATE_TAG_EXPIRE_0, Site.ROUTE_HANDLER)));
        StepResult product = run.results().stream().filter(r -> r.step() instanceof Step.Get g && g.url().equals("/products/1")
                && r.index() > 3).findFirst().orElseThrow();
        assertThat(SandboxReads.verdict(product, "/products/1")).isEqualTo(RouteVerdict.EXPIRED_SHELL);
        assertThat(run.scenario().narration().get(product.index())).contains("the old data from the prerendered shell");
        assertThat(run.scenario().extras().notes()).anySatisfy(n -> assertThat(n.evidence().ref()).contains("R16"));
        assertThat(String.join(" ", run.scenario().narration())).doesNotContain("waits for fresh data");
    }

    @Test
    void everySandboxNoteCarriesEvidenceThatTheReferenceAccepts() {
        for (Mutation m : Mutation.ALL) {
            for (Tool t : Tool.values()) {
                for (Site s : Site.values()) {
                    if (!SandboxChoices.allowed(t, s)) continue;
                    for (ScenarioExtras.RealityNote n : Sandbox.build(List.of(new Fire(m, t, s))).extras().notes()) {
                        assertThat(n.evidence()).as(n.text()).isNotNull();
                        assertThat(n.evidence().ref()).isNotBlank();
                        assertThat(EvidenceReader.problem(n.evidence(), Reference.bundled())).as(n.text()).isNull();
                    }
                }
            }
        }
    }

    @Test
    void theLayoutToolCallsWhatItsLabelSaysAndAPatternOnAPrerenderedParamPageIsMarkedModelled() {
        assertThat(Tool.REVALIDATE_PATH_LAYOUT.label()).isEqualTo("revalidatePath(path, 'layout')");
        assertThat(Tool.REVALIDATE_PATH_LAYOUT.calls(Mutation.FORM_SAVE))
                .containsExactly(new dev.cachelab.engine.app.Call.RevalidatePath("/invoices", "layout"));
        assertThat(Tool.REVALIDATE_PATH_PATTERN.calls(Mutation.FORM_SAVE))
                .containsExactly(new dev.cachelab.engine.app.Call.RevalidatePath("/invoices/[id]", "page"));
        for (Tool t : List.of(Tool.REVALIDATE_PATH_PATTERN, Tool.REVALIDATE_PATH_LAYOUT)) {
            List<ScenarioExtras.RealityNote> notes = Sandbox.build(List.of(new Fire(Mutation.CRON_IMPORT, t, Site.ROUTE_HANDLER)))
                    .extras().notes();
            assertThat(notes).as(t.label()).anySatisfy(n -> {
                assertThat(n.evidence().kind()).isEqualTo(Evidence.Kind.MODELLED);
                assertThat(n.text()).contains("<Suspense>").contains("500");
            });
        }
    }

    private static boolean isMutation(Step s) {
        return s instanceof Step.ServerAction || s instanceof Step.RouteHandler || s instanceof Step.ClientCall;
    }

    private static int after(StepResult r, int before) {
        int v = before;
        for (EngineEvent e : r.events()) {
            if (e instanceof EngineEvent.DatabaseWritten w) v = w.version();
            else if (e instanceof EngineEvent.TransactionRolledBack t) v = t.version();
        }
        return v;
    }
}
