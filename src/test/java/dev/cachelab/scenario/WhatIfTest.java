package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What if: a scenario's mutation step under another tool, everything else as it was. */
class WhatIfTest {

    private static Scenario scenario(String id) {
        return BuiltInScenarios.load().scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theStaleAfterSaveStepCallsUpdateTagOnTheSameTagsAndTheUserReadsTheirWrite() {
        Scenario s = scenario("stale-after-save");
        int step = WhatIf.mutationStep(s, 0).orElseThrow();
        WhatIf.Fork fork = WhatIf.fork(s, step, Tool.UPDATE_TAG, Site.SERVER_ACTION);
        Step.ServerAction changed = (Step.ServerAction) fork.scenario().steps().get(step);
        assertThat(changed.body()).containsExactly(new Call.Write(), new Call.UpdateTag("invoices:list:org1"),
                new Call.UpdateTag("invoices:record:org1:42"));
        assertThat(changed.redirect()).isEqualTo(((Step.ServerAction) s.steps().get(step)).redirect());
        assertThat(fork.scenario().steps().subList(0, step)).isEqualTo(s.steps().subList(0, step));
        assertThat(fork.scenario().narration().subList(0, step)).isEqualTo(s.narration().subList(0, step));
        List<StepResult> results = Conformance.run(fork.scenario());
        assertThat(results.get(step).served().get("getInvoiceList").version()).isEqualTo(2);
        // the original, with 'max', showed the user the old list at that step
        assertThat(Conformance.run(s).get(step).served().get("getInvoiceList").version()).isEqualTo(1);
        assertThat(fork.scenario().expects()).isEmpty();
        assertThat(fork.scenario().extras().predictions()).allMatch(p -> p.step() < step);
    }

    @Test
    void theNarrationOfEveryChangedStepIsToldFromWhatTheEngineDid() {
        Scenario s = scenario("stale-after-save");
        int step = WhatIf.mutationStep(s, 0).orElseThrow();
        WhatIf.Fork fork = WhatIf.fork(s, step, Tool.UPDATE_TAG, Site.ROUTE_HANDLER);
        List<StepResult> results = Conformance.run(fork.scenario());
        // updateTag in a Route Handler throws: the narration says so, never that the tags were updated
        assertThat(results.get(step).events()).anyMatch(e -> e instanceof EngineEvent.ErrorThrown t && !t.caught());
        assertThat(fork.scenario().narration().get(step)).contains("the call throws").contains("nothing is invalidated");
        for (int i = step + 1; i < results.size(); i++) {
            StepResult r = results.get(i);
            if (r.served() == null || r.served().isEmpty()) continue;
            int shown = r.served().values().iterator().next().version();
            assertThat(fork.scenario().narration().get(i)).contains("v" + shown);
        }
    }

    @Test
    void everyToolFromEveryPlaceForksEveryBuiltInScenarioOrSaysWhyItCannot() {
        List<String> failures = new ArrayList<>();
        for (Scenario s : BuiltInScenarios.load().scenarios()) {
            Optional<Integer> step = WhatIf.mutationStep(s, s.steps().size());
            if (step.isEmpty()) continue;
            for (Tool t : Tool.values()) {
                for (Site site : Site.values()) {
                    Optional<String> why = WhatIf.unavailable(s, step.get(), t, site);
                    if (why.isPresent()) {
                        assertThatThrownBy(() -> WhatIf.fork(s, step.get(), t, site)).hasMessage(why.get());
                        continue;
                    }
                    try {
                        WhatIf.Fork fork = WhatIf.fork(s, step.get(), t, site);
                        assertThat(fork.scenario().narration()).hasSameSizeAs(fork.scenario().steps());
                        assertThat(fork.scenario().narration()).doesNotContain("");
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(s.id() + " " + t + " " + site + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aScenarioWithoutAMutationHasNothingToChange() {
        Scenario s = scenario("stale-after-save");
        Scenario reads = new Scenario(s.format(), "reads", "reads", "", s.source(), s.app(),
                List.of(new Step.Get(0, "/invoices")), List.of("read"), List.of(), java.util.Set.of(), s.extras());
        assertThat(WhatIf.mutationStep(reads, 1)).isEmpty();
    }
}
