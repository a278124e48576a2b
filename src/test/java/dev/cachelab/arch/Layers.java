package dev.cachelab.arch;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers, top to bottom: the launcher ({@code dev.cachelab}), the UI, the CLI, content (scenarios and lessons),
 * JSON, and the engine at the bottom (platform helpers are for the UI). A layer uses only layers below it. The
 * rules live here so that {@link ArchitectureTest} checks the code and {@link LayerRulesCatchViolationsTest} shows
 * that they fail on a deliberate violation.
 */
final class Layers {

    private Layers() {
    }

    static ArchRule layering() {
        return layering(true);
    }

    /** {@code everyLayerPresent} false: for a handful of fixture classes that fill only some layers. */
    static ArchRule layering(boolean everyLayerPresent) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(!everyLayerPresent)
                .layer("Launcher").definedBy("dev.cachelab")
                .layer("UI").definedBy("dev.cachelab.ui..")
                .layer("CLI").definedBy("dev.cachelab.cli..")
                .layer("Content").definedBy("dev.cachelab.scenario..", "dev.cachelab.lesson..")
                .layer("JSON").definedBy("dev.cachelab.json..")
                .layer("Engine").definedBy("dev.cachelab.engine..")
                .layer("Platform").definedBy("dev.cachelab.platform..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("UI", "Launcher")
                .whereLayer("Content").mayOnlyBeAccessedByLayers("CLI", "UI", "Launcher")
                .whereLayer("JSON").mayOnlyBeAccessedByLayers("Content", "CLI", "UI", "Launcher")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Content", "CLI", "UI", "Launcher")
                .whereLayer("Platform").mayOnlyBeAccessedByLayers("UI", "Launcher")
                .as("engine → JSON → scenarios and lessons → CLI → UI → launcher: each layer uses only those below it");
    }

    /** The UI's screens and services (one package each) depend on each other without a cycle. */
    static ArchRule uiFreeOfCycles() {
        return slices().matching("dev.cachelab.ui.(*)..").should().beFreeOfCycles()
                .as("the UI packages form no cycle");
    }
}
