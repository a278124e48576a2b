package dev.cachelab.scenario;

import dev.cachelab.engine.StepResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case observed on a real Next.js 16.4.6 server, on one instance or two, must be reproduced (shared/conformance). */
class ConformanceTest {

    static List<Path> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceTest.class.getClassLoader().getResource("conformance").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyObservedCasePasses() throws Exception {
        return cases().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Scenario scenario = ScenarioLoader.load(path);
            List<StepResult> results = Conformance.run(scenario);
            assertThat(Conformance.check(scenario, results)).as(scenario.id()).isEmpty();
        }));
    }

    @Test
    void allNinetyEightPublishedCasesArePresent() throws Exception {
        List<Path> all = cases();
        assertThat(all).hasSize(98);
        // 92 observed on one instance, 6 on two instances (b3-*, b3b-*)
        assertThat(all).filteredOn(p -> p.getFileName().toString().startsWith("b3")).hasSize(6);
    }
}
