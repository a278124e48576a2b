package dev.cachelab.scenario;

import dev.cachelab.engine.app.Deployment;
import dev.cachelab.reference.Evidence;
import dev.cachelab.scenario.Sandbox.Fire;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox on two pods: every line says where it ran, and a note says why another pod kept old data (F20). */
class SandboxPodsTest {

    private static Sandbox.Run run(Mutation m, Tool t, Deployment.TagStore store) {
        return Sandbox.run(List.of(new Fire(m, t, m.naturalSite())), Sandbox.deployment(2, store));
    }

    private static String mutationLine(Sandbox.Run run, Mutation m) {
        return run.scenario().narration().stream().filter(n -> n.startsWith(m.label())).findFirst().orElseThrow();
    }

    @Test
    void oneInstanceIsTheSingleDeploymentAndNamesNoPod() {
        assertThat(Sandbox.deployment(1, Deployment.TagStore.SHARED)).isEqualTo(Deployment.SINGLE);
        Sandbox.Run one = Sandbox.run(List.of(new Fire(Mutation.WEBHOOK, Tool.REVALIDATE_TAG_MAX, Site.ROUTE_HANDLER)));
        assertThat(one.scenario().narration()).noneMatch(n -> n.contains("pod-"));
        assertThat(one.scenario().extras().notes()).noneMatch(n -> n.evidence().ref().contains("F20"));
    }

    @Test
    void everyLineOnTwoPodsSaysWhichPodRanItAndWhoseManifestTheCallMarked() {
        Sandbox.Run own = run(Mutation.WEBHOOK, Tool.REVALIDATE_TAG_MAX, Deployment.TagStore.PER_INSTANCE);
        assertThat(own.scenario().narration()).allMatch(n -> n.contains("on pod-a") || n.contains("on pod-b"));
        assertThat(mutationLine(own, Mutation.WEBHOOK)).startsWith(Mutation.WEBHOOK.label() + " — on pod-")
                .contains("marked stale in pod-").contains("'s own tags manifest");
        Sandbox.Run shared = run(Mutation.WEBHOOK, Tool.REVALIDATE_TAG_MAX, Deployment.TagStore.SHARED);
        assertThat(mutationLine(shared, Mutation.WEBHOOK)).contains("marked stale in the tag store both pods share");
    }

    @Test
    void aPodWithItsOwnTagsKeepsOldDataAndANoteSaysWhy() {
        Sandbox.Run own = run(Mutation.WEBHOOK, Tool.REVALIDATE_TAG_MAX, Deployment.TagStore.PER_INSTANCE);
        ScenarioExtras.RealityNote note = own.scenario().extras().notes().stream()
                .filter(n -> n.evidence().ref().contains("F20")).findFirst().orElseThrow();
        assertThat(note.evidence().kind()).isEqualTo(Evidence.Kind.MEASURED);
        assertThat(note.text()).contains("own tags manifest").contains("never heard of it");
        // the note sits on the read that showed it: another pod, old data
        assertThat(own.results().get(note.step()).instance()).isNotEqualTo(
                own.results().stream().filter(r -> r.step() instanceof dev.cachelab.engine.Step.RouteHandler)
                        .findFirst().orElseThrow().instance());
        assertThat(own.scenario().narration().get(note.step())).contains("although the database holds v2");
    }

    @Test
    void aSharedTagStoreReachesRequestTimePagesButNotAnotherPodsPrerenderedPage() {
        Sandbox.Run webhook = run(Mutation.WEBHOOK, Tool.REVALIDATE_TAG_MAX, Deployment.TagStore.SHARED);
        assertThat(webhook.scenario().extras().notes()).noneMatch(n -> n.evidence().ref().contains("F20"));
        Sandbox.Run save = run(Mutation.FORM_SAVE, Tool.UPDATE_TAG, Deployment.TagStore.SHARED);
        assertThat(save.scenario().extras().notes()).filteredOn(n -> n.evidence().ref().contains("F20"))
                .singleElement().satisfies(n -> assertThat(n.text()).contains("its own route cache"));
    }
}
