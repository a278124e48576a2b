package dev.cachelab.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.fxmlfixture.LoadsFxmlItself;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FXML is loaded one way: fx:root views through {@link Fxml}. No class outside {@code ui.common} uses
 * {@code FXMLLoader}; the rule holds for the app and fails on a deliberate violation.
 */
class OneFxmlLoaderTest {

    static final ArchRule ONLY_THE_HELPER_LOADS_FXML = noClasses()
            .that().resideOutsideOfPackage("dev.cachelab.ui.common")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.fxml.FXMLLoader")
            .as("only ui.common.Fxml loads FXML (fx:root views)");

    @Test
    void noClassOfTheAppOutsideUiCommonUsesFxmlLoader() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cachelab");
        ONLY_THE_HELPER_LOADS_FXML.check(app);
    }

    @Test
    void theRuleFailsOnAClassThatLoadsFxmlItself() {
        JavaClasses classes = new ClassFileImporter().importClasses(LoadsFxmlItself.class, Fxml.class);
        assertThatThrownBy(() -> ONLY_THE_HELPER_LOADS_FXML.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LoadsFxmlItself")
                .hasMessageContaining("javafx.fxml.FXMLLoader");
    }
}
