package dev.cachelab.lesson;

import dev.cachelab.reference.Evidence;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioExtras;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrections of the content review (issue 10, items 1 and 4–9; 2 and 3 are in SandboxNarrationTest), and the
 * several-instances lessons (issue 11). Each test fails on the text as it was before.
 */
class ContentCorrectionsTest {

    private static String all() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("resources/lessons")), Files.list(Path.of("resources/scenarios")))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) b.append(Files.readString(p)).append('\n');
        }
        return b.toString();
    }

    private static MultipleChoice.Question question(String lesson, String id) {
        MultipleChoice mc = BundledLessons.exercise(lesson);
        return mc.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static DecisionTree.Endpoint end(String id) {
        DecisionTree t = BundledLessons.exercise("decision-walk");
        return (DecisionTree.Endpoint) t.node(id);
    }

    private static Scenario scenario(String id) {
        return BuiltInScenarios.load().scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<ScenarioExtras.RealityNote> notes(String scenario) {
        return scenario(scenario).extras().notes();
    }

    @Test
    void item1ALiteralPathReachesExactlyThatUrl() throws IOException {
        assertThat(end("end-revalidate-path").why()).contains("exactly that URL").doesNotContain("only the pages under it");
        MultipleChoice.Question q = question("real-behaviour", "path-other-page");
        assertThat(q.options().get(2).why()).contains("names that one URL").doesNotContain("only pages under that path");
        assertThat(all()).doesNotContain("reaches only the pages under it").doesNotContain("only pages under that path are expired");
    }

    @Test
    void item4TheRedirectTargetClaimIsModelledOrGone() throws IOException {
        assertThat(all()).doesNotContain("even as the redirect target").doesNotContain("whether it is visited later or is the redirect target");
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        assertThat(seam.note().evidence().kind()).isEqualTo(Evidence.Kind.MODELLED);
        Comparison table = BundledLessons.exercise("compare-tools");
        assertThat(table.notes()).anySatisfy(n -> {
            assertThat(n.text()).contains("redirect target");
            assertThat(n.evidence().kind()).isEqualTo(Evidence.Kind.MODELLED);
        });
    }

    @Test
    void item5TheTwoRouteCopiesArePresentedAsCacheLabsModel() {
        assertThat(notes("router-refresh-fix")).anySatisfy(n -> {
            assertThat(n.text()).contains("second copy").contains("Cache Lab's device");
            assertThat(n.evidence().kind()).isEqualTo(Evidence.Kind.MODELLED);
        });
        assertThat(notes("admin-other-tenant")).noneMatch(n -> n.text().contains("main route entry"));
    }

    @Test
    void item6MaxIsFreshOnlyOnTheInstanceThatReceivedIt() throws IOException {
        assertThat(all()).doesNotContain("everyone after").doesNotContain("fresh for everyone");
        assertThat(question("one-question", "cron-import").options().get(0).why()).contains("On the instance that handled the import");
        assertThat(end("end-max").why()).contains("On the instance that received the call");
        FillSeam webhook = BundledLessons.exercise("webhook-seam");
        assertThat(webhook.blank("profile").right().why()).contains("on the instance that received the webhook");
        Comparison table = BundledLessons.exercise("compare-tools");
        assertThat(table.rows().get(0).cells().get(1)).contains("on the instance that received the call");
    }

    @Test
    void item7AJobCallsARouteHandlerBecauseAScriptThrows() {
        assertThat(end("end-max").why()).doesNotContain("Route Handlers, jobs and Server Actions")
                .contains("standalone script has no request context, and the call throws");
        Recap recap = BundledLessons.exercise("recap");
        assertThat(recap.points()).anySatisfy(p -> assertThat(p.text()).contains("the endpoint a scheduled job calls")
                .contains("throws there").doesNotContain("webhooks and jobs."));
        MultipleChoice.Question cron = question("one-question", "cron-import");
        assertThat(cron.prompt()).contains("calls your Route Handler");
        assertThat(cron.options().get(1).why()).contains("no request context").doesNotContain("runs in a Route Handler or a script");
    }

    @Test
    void item8TheImpreciseWordingIsFixed() {
        // five calls in one tick went out concurrently, not one after another
        assertThat(question("real-behaviour", "refresh-debounce").right().why()).contains("concurrent")
                .doesNotContain("one after another");
        assertThat(notes("router-refresh-no-op")).anySatisfy(n -> assertThat(n.text()).contains("concurrent"));
        // on a prerendered page a later refresh can still show v1
        assertThat(end("end-refresh").note().text()).contains("on a prerendered page a later refresh can still show the old version")
                .doesNotContain("a later one shows the new");
        // render-time calls: 200 with the fallback, the error only in the log
        Comparison table = BundledLessons.exercise("compare-tools");
        assertThat(table.rows().stream().filter(r -> r.aspect().equals("Where it runs")).findFirst().orElseThrow().note().text())
                .contains("HTTP 200").contains("<Suspense> fallback").contains("server log");
        // the seam's list tool names the page the redirect goes to
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        assertThat(seam.blank("listTool").right().why()).contains("/invoices/${id}").contains("the list is not rendered in this response");
        // the previously-visited mechanism is modelled
        assertThat(notes("previously-visited-pages")).anySatisfy(n -> {
            assertThat(n.text()).contains("Cache Lab's inference");
            assertThat(n.evidence().kind()).isEqualTo(Evidence.Kind.MODELLED);
        });
        // the bench figure is Cache Lab's
        assertThat(notes("cron-import").get(0).text()).contains("Cache Lab's engine").contains("not a measurement of Next.js");
        assertThat(question("one-question", "cron-import").note().text()).contains("not a measurement of Next.js");
        // the client-component note names only the stubs the code names
        assertThat(notes("update-tag-in-client-component").get(0).text()).contains("updateTag").contains("revalidateTag")
                .doesNotContain("revalidatePath and refresh");
    }

    @Test
    void item9NestedLifetimesTagLimitsAndExactMatchingAreTaught() {
        assertThat(question("real-behaviour", "nested-lifetime").right().why()).contains("without its own cacheLife");
        assertThat(question("real-behaviour", "nested-lifetime").note().text()).contains("explicit cacheLife on the outer function wins");
        assertThat(notes("nested-caches")).anySatisfy(n -> assertThat(n.evidence().ref()).contains("R31"));
        MultipleChoice.Question limits = question("real-behaviour", "tag-limits");
        assertThat(limits.right().why()).contains("longer than 256 characters");
        assertThat(limits.note().text()).contains("129 are kept").contains("case-sensitive");
        assertThat(notes("tag-typo")).anySatisfy(n -> assertThat(n.text()).contains("256 characters").contains("129 are kept"));
    }

    @Test
    void severalInstancesAreTaughtWithMeasuredEvidence() {
        BucketQuiz quiz = BundledLessons.exercise("sort-mutations");
        assertThat(quiz.cards()).filteredOn(c -> c.evidence().ref().contains("F20")).hasSize(2)
                .allSatisfy(c -> assertThat(c.why()).contains("instance"));
        MultipleChoice.Question q = question("real-behaviour", "several-instances");
        assertThat(q.right().why()).contains("only where it ran");
        assertThat(q.evidence().ref()).contains("b3-revalidateTag-max--local-tags");
        Recap recap = BundledLessons.exercise("recap");
        assertThat(recap.points()).anySatisfy(p -> {
            assertThat(p.title()).contains("Several instances");
            assertThat(p.evidence().kind()).isEqualTo(Evidence.Kind.MEASURED);
        });
    }

    @Test
    void onlyMeasuredAndSourceClaimsAreHeadedAsNextJs() {
        for (Lesson l : BundledLessons.catalogue().lessons()) {
            for (Note n : notesOf(l.exercise())) {
                if (n.evidence().kind() == Evidence.Kind.MODELLED) assertThat(n.text()).doesNotContain("In Next.js 16.4.6");
                assertThat(n.evidence().lead()).isEqualTo(n.evidence().kind() == Evidence.Kind.MODELLED ? "Cache Lab's model" : "In Next.js 16.4.6");
            }
        }
    }

    private static List<Note> notesOf(Exercise e) {
        Stream<Note> notes;
        if (e instanceof DecisionTree t) notes = t.endpoints().stream().map(DecisionTree.Endpoint::note);
        else if (e instanceof BucketQuiz q) notes = q.cards().stream().map(BucketQuiz.Card::note);
        else if (e instanceof MultipleChoice m) notes = m.questions().stream().map(MultipleChoice.Question::note);
        else if (e instanceof FillSeam f) notes = Stream.of(f.note());
        else if (e instanceof PrReview r) notes = r.findings().stream().map(PrReview.Finding::note);
        else if (e instanceof Comparison c) notes = Stream.concat(c.notes().stream(), c.rows().stream().map(Comparison.Row::note));
        else notes = ((Recap) e).points().stream().map(Recap.Point::note);
        return notes.filter(java.util.Objects::nonNull).toList();
    }
}
