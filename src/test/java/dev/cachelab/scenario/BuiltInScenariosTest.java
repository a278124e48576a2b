package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.Call;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios bundled under {@code resources/scenarios/}: all listed, all loading, all reproducing what they
 * expect, each step narrated, each code panel's seams in order, and every tool of the explorer's picker played by
 * at least one of them.
 */
class BuiltInScenariosTest {

    /** The content folder, read from the source tree so a file missing from the index cannot hide in target/. */
    static final Path SOURCE_DIR = Path.of("resources", "scenarios");

    static final List<String> SEAM_ORDER = List.of("parse", "authorize", "mutate", "revalidate", "return");

    static BuiltInScenarios.Catalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = BuiltInScenarios.load();
    }

    @Test
    void everyListedFileLoadsWithoutProblems() throws Exception {
        assertThat(catalogue.problems()).extracting(Throwable::getMessage).isEmpty();
        assertThat(catalogue.scenarios()).hasSize(BuiltInScenarios.files().size());
        assertThat(catalogue.scenarios()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(catalogue.scenarios()).allSatisfy(s -> assertThat(s.isCase()).as(s.id()).isFalse());
    }

    @Test
    void everyScenarioFileIsListedInTheIndex() throws IOException, Exception {
        assertThat(SOURCE_DIR).isDirectory();
        List<String> onDisk;
        try (Stream<Path> files = Files.list(SOURCE_DIR)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("index.json")).sorted().toList();
        }
        List<String> listed = BuiltInScenarios.files().stream().map(f -> f.substring("scenarios/".length())).toList();
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void theBugComesFirstAndIdsAreUnique() {
        List<String> ids = catalogue.scenarios().stream().map(Scenario::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        // the explorer opens on the first one, and other screens refer to these ids
        assertThat(ids.get(0)).isEqualTo("stale-after-save");
        assertThat(ids).contains("stale-after-save", "stale-after-save-fixed", "webhook-org-tag", "cron-import",
                "expire-zero-webhook", "sitemap-revalidate-path", "revalidate-path-other-page",
                "previously-visited-pages", "router-refresh-no-op", "router-refresh-fix", "transaction-rollback",
                "tag-typo", "deprecated-single-arg", "nested-caches", "cachelife-timing",
                "update-tag-in-route-handler", "admin-other-tenant");
    }

    @Test
    void fileNamesAreTheIds() throws Exception {
        List<String> files = BuiltInScenarios.files();
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).isEqualTo("scenarios/" + catalogue.scenarios().get(i).id() + ".json");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioReproducesItsExpectations() {
        return catalogue.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            assertThat(s.hasExpectations()).as(s.id() + " has expectations").isTrue();
            assertThat(s.expects()).hasSameSizeAs(s.steps());
            assertThat(s.steps()).as(s.id() + ": 3 to 8 steps").hasSizeBetween(3, 8);
            assertThat(Conformance.check(s, Conformance.run(s))).as(s.id()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioTeachesWithNarrationCodeAndAPrediction() {
        return catalogue.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            assertThat(s.title()).isNotBlank();
            assertThat(s.description()).as(s.id() + " summary").isNotBlank();
            assertThat(s.narration()).hasSameSizeAs(s.steps());
            for (int i = 0; i < s.narration().size(); i++) {
                assertThat(s.narration().get(i)).as(s.id() + " step " + i + " narration").isNotBlank();
            }
            ScenarioExtras x = s.extras();
            assertThat(x.code()).as(s.id() + " code panel").isNotEmpty();
            assertThat(x.codeLinePerStep()).as(s.id() + " highlights a running line").anyMatch(l -> l != null);
            assertThat(x.predictions()).as(s.id() + " asks the learner to predict").isNotEmpty();
            for (ScenarioExtras.RealityNote n : x.notes()) {
                assertThat(n.text()).isNotBlank();
                assertThat(n.evidence()).as(s.id() + " note evidence").isNotNull();
                // "In Next.js 16.4.6" only for what was measured or read from the code
                if (n.evidence().kind() == dev.cachelab.reference.Evidence.Kind.MODELLED) {
                    assertThat(n.text()).as(s.id()).doesNotContain("In Next.js 16.4.6").doesNotContain("Real Next.js");
                }
            }
            for (ScenarioExtras.Prediction p : x.predictions()) assertThat(p.evidence()).as(s.id() + " prediction evidence").isNotNull();
        }));
    }

    /**
     * Marked lines follow parse → authorize → mutate → revalidate → return; a seam may repeat, and a panel that shows
     * a second handler starts again at parse.
     */
    @TestFactory
    Stream<DynamicTest> everyCodePanelHasItsSeamsInOrder() {
        return catalogue.scenarios().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            assertThat(seamsInOrder(s.extras().code())).as(s.id() + " seams").isTrue();
        }));
    }

    static boolean seamsInOrder(List<ScenarioExtras.CodeLine> code) {
        int last = -1;
        for (ScenarioExtras.CodeLine line : code) {
            if (line.seam() == null) continue;
            int rank = SEAM_ORDER.indexOf(line.seam());
            if (rank < 0) return false;
            if (rank < last && rank != 0) return false;
            last = rank;
        }
        return true;
    }

    @Test
    void theSeamCheckRejectsAnOutOfOrderPanel() {
        var parse = new ScenarioExtras.CodeLine("parse()", "parse");
        var mutate = new ScenarioExtras.CodeLine("write()", "mutate");
        var reval = new ScenarioExtras.CodeLine("updateTag(t)", "revalidate");
        assertThat(seamsInOrder(List.of(parse, mutate, reval, reval, parse, reval))).isTrue();
        assertThat(seamsInOrder(List.of(parse, reval, mutate))).isFalse();
    }

    /** Each tool of the explorer's picker, as the calls and steps that play it. */
    static Map<String, Predicate<Object>> tools() {
        Map<String, Predicate<Object>> t = new LinkedHashMap<>();
        t.put("updateTag", o -> o instanceof Call.UpdateTag);
        t.put("revalidateTag 'max'", o -> o instanceof Call.RevalidateTag r
                && r.profile() instanceof Call.NamedProfile p && p.name().equals("max"));
        t.put("revalidateTag {expire: 0}", o -> o instanceof Call.RevalidateTag r
                && r.profile() instanceof Call.ExpireProfile p && p.expire() != null && p.expire() == 0);
        t.put("one-argument revalidateTag", o -> o instanceof Call.RevalidateTag r && r.profile() == null);
        t.put("revalidatePath literal", o -> o instanceof Call.RevalidatePath p && p.type() == null && !p.path().contains("["));
        t.put("revalidatePath pattern + type", o -> o instanceof Call.RevalidatePath p && p.type() != null && p.path().contains("["));
        t.put("router.refresh()", o -> o instanceof Step.RouterRefresh || o instanceof Step.ServerAction a && a.thenRouterRefresh());
        t.put("refresh()", o -> o instanceof Call.Refresh);
        return t;
    }

    @Test
    void everyToolOfThePickerIsPlayedByAtLeastOneScenario() {
        List<Object> played = new ArrayList<>();
        for (Scenario s : catalogue.scenarios()) {
            for (Step step : s.steps()) {
                played.add(step);
                if (step instanceof Step.ServerAction a) flatten(a.body(), played);
                if (step instanceof Step.RouteHandler r) flatten(r.body(), played);
            }
        }
        Set<String> missing = new HashSet<>();
        tools().forEach((name, plays) -> {
            if (played.stream().noneMatch(plays)) missing.add(name);
        });
        assertThat(missing).as("tools no scenario plays").isEmpty();
    }

    @Test
    void everyCallSiteOfThePickerIsPlayed() {
        List<Step> steps = catalogue.scenarios().stream().flatMap(s -> s.steps().stream()).toList();
        assertThat(steps).anyMatch(st -> st instanceof Step.ServerAction a && a.body().stream().anyMatch(Call::isInvalidation));
        assertThat(steps).anyMatch(st -> st instanceof Step.RouteHandler r && r.body().stream().anyMatch(Call::isInvalidation));
        assertThat(steps).anyMatch(st -> st instanceof Step.ClientCall);
    }

    private static void flatten(List<Call> calls, List<Object> out) {
        for (Call c : calls) {
            out.add(c);
            if (c instanceof Call.Transaction t) flatten(t.body(), out);
        }
    }

    @Test
    void bothViewpointsAppear() {
        // the person who acts (a browser) and another visitor (a plain request or a second browser)
        assertThat(catalogue.scenarios()).anyMatch(s -> s.steps().stream().anyMatch(st -> st instanceof Step.BrowserGoto b
                && b.viewer() != null && !b.viewer().equals(Step.USER)));
        long both = catalogue.scenarios().stream().filter(s -> s.steps().stream().anyMatch(st -> st instanceof Step.Get)
                && s.steps().stream().anyMatch(st -> st instanceof Step.BrowserGoto || st instanceof Step.ServerAction)).count();
        assertThat(both).isGreaterThanOrEqualTo(catalogue.scenarios().size() / 2);
    }
}
