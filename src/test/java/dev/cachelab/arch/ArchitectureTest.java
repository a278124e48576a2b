package dev.cachelab.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/**
 * The layering the brief asks for ({@link Layers}): the engine is pure Java; content loading and the CLI never touch
 * JavaFX; each layer uses only those below it; the UI's packages form no cycle.
 */
@AnalyzeClasses(packages = "dev.cachelab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layering = Layers.layering();

    @ArchTest
    static final ArchRule uiFreeOfCycles = Layers.uiFreeOfCycles();

    @ArchTest
    static final ArchRule cliHasNoJavaFx = noClasses().that().resideInAPackage("dev.cachelab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .as("the CLI imports no JavaFX");

    @ArchTest
    static final ArchRule engineHasNoJavaFx = noClasses().that().resideInAPackage("dev.cachelab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp..", "org.fxmisc..")
            .as("the engine imports no JavaFX");

    @ArchTest
    static final ArchRule engineKnowsNothingAbove = noClasses().that().resideInAPackage("dev.cachelab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.cachelab.ui..", "dev.cachelab.cli..",
                    "dev.cachelab.scenario..", "dev.cachelab.json..")
            .as("the engine does not know who loads or watches it");

    @ArchTest
    static final ArchRule contentLoadingHasNoJavaFx = noClasses().that()
            .resideInAnyPackage("dev.cachelab.scenario..", "dev.cachelab.json..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .as("content loading imports no JavaFX");

    @ArchTest
    static final ArchRule engineReadsNoWallClock = noClasses().that().resideInAPackage("dev.cachelab.engine..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .as("the engine's only clock is the virtual one");

    /**
     * Services are passed in, not reached through globals (issue 13): no screen or widget keeps mutable state in a
     * static field. The exceptions belong to the process, not to a window: its log file, whether this run leaves no
     * trace, the lessons' start-up prefetch (handed from the launcher's thread to the first screen that asks), and
     * the theme dialogs are styled with.
     */
    @ArchTest
    static final ArchRule uiKeepsNoStaticMutableState = fields().that()
            .areDeclaredInClassesThat().resideInAPackage("dev.cachelab.ui..")
            .and().areStatic()
            .and().doNotHaveFullName("dev.cachelab.ui.lessons.LearningPathScreen.prefetched")
            .and().doNotHaveFullName("dev.cachelab.ui.common.AppLog.file")
            .and().doNotHaveFullName("dev.cachelab.ui.common.AppLog.handler")
            .and().doNotHaveFullName("dev.cachelab.ui.shell.Session.leaveNoTrace")
            .and().doNotHaveFullName("dev.cachelab.ui.theme.ThemeManager.active")
            .should().beFinal()
            .as("the UI keeps no mutable state in static fields (motion, dialogs and the like are passed in)");
}
