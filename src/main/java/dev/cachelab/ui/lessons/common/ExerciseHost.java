package dev.cachelab.ui.lessons.common;

import dev.cachelab.lesson.Score;

import java.util.Map;

/**
 * What an exercise's view model may ask of the learning path around it: record a graded attempt or a visit (the
 * path saves progress), and check for and open explorer scenarios.
 */
public interface ExerciseHost {

    /** A graded attempt: the item is done, with this score. */
    void graded(Score score);

    /** Read, opened or walked to an end: the item is done without a score. */
    void visited();

    boolean scenarioAvailable(String scenarioId);

    void openScenario(String scenarioId);

    /** The answers of an attempt not finished yet, as last saved (question id → option text); empty when none. */
    default Map<String, String> savedAnswers() {
        return Map.of();
    }

    /** Keeps the answers of the attempt in progress with the learner's progress (saved like any progress). */
    default void saveAnswers(Map<String, String> answers) {
    }

    /** A host that records nothing: for previews and tests. */
    ExerciseHost NONE = new ExerciseHost() {
        @Override public void graded(Score score) { }
        @Override public void visited() { }
        @Override public boolean scenarioAvailable(String scenarioId) { return false; }
        @Override public void openScenario(String scenarioId) { }
    };
}
