package dev.cachelab.lesson;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every explorer scenario a lesson links to (path stops, decision-walk endpoints) is built in. */
class LessonScenarioReferencesTest {

    @Test
    void everyReferencedScenarioIsBuiltIn() {
        BuiltInScenarios.Catalogue builtIn = BuiltInScenarios.load();
        assertThat(builtIn.problems()).isEmpty();
        Set<String> ids = builtIn.scenarios().stream().map(Scenario::id).collect(Collectors.toSet());
        Set<String> referenced = BundledLessons.catalogue().scenarioIds();
        assertThat(referenced).contains("stale-after-save", "stale-after-save-fixed", "cron-import",
                "pods-webhook-one-pod", "pods-shared-tags-prerendered");
        assertThat(ids).containsAll(referenced);
    }
}
