package dev.cachelab.scenario;

import dev.cachelab.engine.StepResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases of the same kind as the observed ones but not measured on a server: each recombines the observed app's steps
 * into a situation the public cases leave out, and its {@code expect} was worked out by hand from
 * {@code shared/spec/observed-rules.md} before the engine ran it (the rule is named in each description). They pin
 * the rules rather than the cases, e.g. a partial prerender never served from the client router cache (R18, R33)
 * and no {@code router.refresh()} after an action that threw (R21(a)).
 */
class DerivedCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseDerivedFromTheRulesPasses() throws Exception {
        List<Path> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        return cases.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            Scenario scenario = ScenarioLoader.load(path);
            List<StepResult> results = Conformance.run(scenario);
            assertThat(Conformance.check(scenario, results)).as(scenario.id()).isEmpty();
        }));
    }

    private static List<Path> cases() throws Exception {
        Path dir;
        try {
            dir = Path.of(DerivedCasesTest.class.getClassLoader().getResource("derived").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
