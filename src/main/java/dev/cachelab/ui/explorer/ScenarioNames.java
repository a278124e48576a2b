package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.Scenario;

import java.nio.file.Path;

/**
 * How a scenario is named in the picker and the caption: built-in ones by title; a file the user opened also by its
 * file name, so a copy of a built-in scenario (same id, same title) can be told from the original.
 */
final class ScenarioNames {

    private ScenarioNames() {
    }

    /** {@code file} is where the scenario was opened from, or null for a built-in one. */
    static String label(Scenario s, Path file) {
        String title = s.title() + (s.isCase() ? " (case)" : "");
        return file == null ? title : title + " — " + file.getFileName();
    }
}
