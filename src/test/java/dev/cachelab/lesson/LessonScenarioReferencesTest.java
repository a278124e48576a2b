package dev.cachelab.lesson;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every explorer scenario a lesson links to is a built-in scenario, or is on the short list of ids another branch
 * is adding ({@code src/test/resources/lessons/scenarios-pending.txt}). The ids still missing are printed.
 */
class LessonScenarioReferencesTest {

    private static Set<String> pending() throws IOException {
        try (InputStream in = LessonScenarioReferencesTest.class.getResourceAsStream("/lessons/scenarios-pending.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyReferencedScenarioExistsOrIsPending() throws Exception {
        BuiltInScenarios.Catalogue builtIn = BuiltInScenarios.load();
        assertThat(builtIn.problems()).isEmpty();
        Set<String> ids = builtIn.scenarios().stream().map(Scenario::id).collect(Collectors.toSet());
        Set<String> referenced = BundledLessons.catalogue().scenarioIds();
        Set<String> missing = new TreeSet<>(referenced);
        missing.removeAll(ids);
        System.out.println("Lesson scenario ids not built in yet: " + missing);
        assertThat(pending()).as("ids neither built in nor pending").containsAll(missing);
        assertThat(referenced).contains("stale-after-save", "stale-after-save-fixed");
        assertThat(ids).contains("stale-after-save", "stale-after-save-fixed");
    }

    @Test
    void thePendingListHasNoStaleEntries() throws Exception {
        assertThat(BundledLessons.catalogue().scenarioIds()).as("every pending id is still referenced").containsAll(pending());
    }
}
