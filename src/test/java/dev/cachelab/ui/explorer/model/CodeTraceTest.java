package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Sandbox;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioExtras.CodeLine;
import dev.cachelab.scenario.ScenarioPlayer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The running line follows a step's events through the code's seams; the step's codeLine is the fallback. */
class CodeTraceTest {

    private static Scenario scenario(String id) {
        return BuiltInScenarios.load().scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static StepResult run(Scenario s, int step) {
        ScenarioPlayer p = new ScenarioPlayer(s);
        p.seek(step);
        return p.lastResult();
    }

    /** The highlighted lines as the step's events play, without repeats: what a learner sees move. */
    private static List<List<Integer>> path(Scenario s, int step) {
        StepResult r = run(s, step);
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> l : CodeTrace.trace(s.extras().code(), s.extras().codeLinePerStep().get(step - 1), r.events())) {
            if (!l.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(l))) out.add(l);
        }
        return out;
    }

    @Test
    void aServerActionRunsParseAuthorizeThenTheWriteEachCallInOrderThenTheRedirect() {
        // stale-after-save step 3: 14 parse, 15 authorize, 16 mutate, 17 + 18 revalidateTag, 19 redirect
        assertThat(path(scenario("stale-after-save"), 3))
                .containsExactly(List.of(14, 15), List.of(16), List.of(17), List.of(18), List.of(19));
    }

    @Test
    void aRouteHandlerEndsOnItsReturnLine() {
        // webhook-org-tag step 2: 11 parse, 12 authorize, 13 mutate, 14 revalidateTag, 15 return Response.json
        assertThat(path(scenario("webhook-org-tag"), 2))
                .containsExactly(List.of(11, 12), List.of(13), List.of(14), List.of(15));
    }

    @Test
    void aThrownErrorStopsOnTheStepsLineAndNeverReachesTheReturn() {
        // update-tag-in-route-handler: updateTag throws on line 14; "return … never reached" stays dark
        assertThat(path(scenario("update-tag-in-route-handler"), 2))
                .containsExactly(List.of(11, 12), List.of(13), List.of(14));
        // transaction-rollback: the writes and calls inside the transaction, then the failed commit (line 16)
        assertThat(path(scenario("transaction-rollback"), 2))
                .containsExactly(List.of(10, 11), List.of(12), List.of(13), List.of(14), List.of(15), List.of(16));
    }

    @Test
    void callsAreMatchedByName_notByPosition() {
        // expire-zero-webhook: line 15 is a comment in the revalidate seam; the two calls are lines 16 and 17
        assertThat(path(scenario("expire-zero-webhook"), 2))
                .containsExactly(List.of(12, 13), List.of(14), List.of(16), List.of(17), List.of(18));
        // sitemap: revalidateTag on 21, revalidatePath on 22
        assertThat(path(scenario("sitemap-revalidate-path"), 2))
                .containsExactly(List.of(18, 19), List.of(20), List.of(21), List.of(22), List.of(23));
    }

    @Test
    void theAnchorPicksTheFunctionTheStepRuns() {
        // nested-caches has a Route Handler (lines 21-27) and an action excerpt (29-30): step 5 runs the excerpt
        Scenario s = scenario("nested-caches");
        assertThat(path(s, 2)).containsExactly(List.of(22, 23), List.of(24), List.of(25), List.of(26));
        assertThat(path(s, 5)).last().isEqualTo(List.of(30));
        assertThat(path(s, 5)).allSatisfy(l -> assertThat(l).allMatch(n -> n >= 29));
    }

    @Test
    void aStepWithoutCodeLineHighlightsNothing_andAReadKeepsItsCodeLine() {
        // router-refresh-fix step 2 is a webhook whose code is not shown
        assertThat(path(scenario("router-refresh-fix"), 2)).isEmpty();
        // cachelife-timing step 3 is a GET pointing at the cacheLife line: it stays there
        assertThat(path(scenario("cachelife-timing"), 3)).containsExactly(List.of(4));
        StepResult get = run(scenario("cachelife-timing"), 3);
        assertThat(CodeTrace.rest(scenario("cachelife-timing").extras().code(), 4, get.events())).containsExactly(4);
    }

    @Test
    void aStepRestsWhereItsAnimationEnded() {
        Scenario s = scenario("stale-after-save");
        StepResult r = run(s, 3);
        List<List<Integer>> all = CodeTrace.trace(s.extras().code(), 17, r.events());
        assertThat(CodeTrace.rest(s.extras().code(), 17, r.events())).isEqualTo(all.get(all.size() - 1)).containsExactly(19);
    }

    @Test
    void aClientComponentCallIsItsOwnLine() {
        // update-tag-in-client-component step 3: the onClick's updateTag (line 8) throws in the browser
        assertThat(path(scenario("update-tag-in-client-component"), 3)).containsExactly(List.of(8));
        // step 5, the fix: authorize (14), updateTag (15); the function has no return seam
        assertThat(path(scenario("update-tag-in-client-component"), 5)).containsExactly(List.of(14), List.of(15));
    }

    @Test
    void theSandboxsGeneratedCodeIsTracedTheSameWay() {
        Scenario s = Sandbox.build(List.of(new Sandbox.Fire(Mutation.FORM_SAVE, Tool.UPDATE_TAG, Site.SERVER_ACTION)));
        int step = -1;
        for (int i = 0; i < s.steps().size(); i++) if (s.extras().codeLinePerStep().get(i) != null) step = i + 1;
        List<CodeLine> code = s.extras().code();
        List<List<Integer>> p = path(s, step);
        assertThat(p).extracting(l -> code.get(l.get(0) - 1).seam())
                .startsWith("parse").contains("mutate", "revalidate").endsWith("return");
    }

    /** Every built-in step that names a line gets a highlight inside the code, and a seamed step moves through seams. */
    @TestFactory
    Stream<DynamicTest> everyBuiltInStepHighlightsALineOfItsCode() {
        return BuiltInScenarios.load().scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            ScenarioPlayer p = new ScenarioPlayer(s);
            List<CodeLine> code = s.extras().code();
            for (int i = 0; i < s.steps().size(); i++) {
                StepResult r = p.stepForward();
                Integer anchor = s.extras().codeLinePerStep().get(i);
                List<Integer> rest = CodeTrace.rest(code, anchor, r.events());
                if (anchor == null) {
                    assertThat(rest).as("step %d", i + 1).isEmpty();
                    continue;
                }
                assertThat(rest).as("step %d", i + 1).isNotEmpty().allMatch(n -> n >= 1 && n <= code.size());
                for (List<Integer> l : CodeTrace.trace(code, anchor, r.events())) {
                    assertThat(l).allMatch(n -> n >= 1 && n <= code.size());
                }
                boolean called = r.events().stream().anyMatch(e -> e instanceof EngineEvent.CallMade);
                if (called) assertThat(path(s, i + 1)).as("step %d moves", i + 1).isNotEmpty();
            }
        }));
    }

    @Test
    void calleeIsTheNameBeforeTheParenthesis() {
        assertThat(CodeTrace.callee("revalidateTag(\"a\", \"max\")")).isEqualTo("revalidateTag");
        assertThat(CodeTrace.callee("db.transaction(…)")).isEqualTo("db.transaction");
        assertThat(CodeTrace.callee("refresh()")).isEqualTo("refresh");
    }
}
