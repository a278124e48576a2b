package dev.cachelab.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cachelab.cli.Cli;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.archfixture.EngineNamingTheCli;
import dev.cachelab.ui.archfixturea.First;
import dev.cachelab.ui.archfixtureb.Second;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link Layers} fail on deliberate violations (test fixtures), so their passing means something. */
class LayerRulesCatchViolationsTest {

    @Test
    void theLayeringRuleFailsWhenTheEngineNamesTheCli() {
        JavaClasses classes = new ClassFileImporter().importClasses(EngineNamingTheCli.class, Cli.class);
        assertThatThrownBy(() -> Layers.layering(false).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("EngineNamingTheCli")
                .hasMessageContaining("dev.cachelab.cli.Cli");
    }

    @Test
    void theLayeringRuleAcceptsTheCliUsingTheEngine() {
        JavaClasses classes = new ClassFileImporter().importClasses(Cli.class, Simulation.class);
        assertThatCode(() -> Layers.layering(false).check(classes)).doesNotThrowAnyException();
    }

    @Test
    void theCycleRuleFailsOnTwoUiPackagesThatUseEachOther() {
        JavaClasses classes = new ClassFileImporter().importClasses(First.class, Second.class);
        assertThatThrownBy(() -> Layers.uiFreeOfCycles().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("archfixturea")
                .hasMessageContaining("archfixtureb");
    }
}
