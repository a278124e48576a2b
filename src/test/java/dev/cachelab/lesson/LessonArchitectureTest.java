package dev.cachelab.lesson;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Lesson models, grading and the progress store are plain Java: no JavaFX, no UI. */
@AnalyzeClasses(packages = "dev.cachelab", importOptions = ImportOption.DoNotIncludeTests.class)
class LessonArchitectureTest {

    @ArchTest
    static final ArchRule lessonsHaveNoJavaFx = noClasses().that().resideInAPackage("dev.cachelab.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp..", "org.fxmisc..", "dev.cachelab.ui..", "dev.cachelab.cli..")
            .as("the lesson package imports no JavaFX and knows nothing of the UI or the CLI");
}
