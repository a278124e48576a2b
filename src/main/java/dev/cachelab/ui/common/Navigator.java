package dev.cachelab.ui.common;

/** Lets one screen send the learner to another, e.g. a decision-tree endpoint opening its scenario in the explorer. */
public interface Navigator {

    void showScreen(String screenId);

    /** Shows the explorer with the built-in scenario {@code scenarioId} loaded at its start. */
    void openScenario(String scenarioId);
}
