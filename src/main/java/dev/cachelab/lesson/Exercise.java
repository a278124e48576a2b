package dev.cachelab.lesson;

import java.util.Set;

/** What a lesson asks the learner to do. Each kind grades itself from its data; none knows about any UI. */
public sealed interface Exercise permits DecisionTree, BucketQuiz, MultipleChoice, FillSeam, PrReview, Comparison, Recap {

    ExerciseKind kind();

    /** Explorer scenarios this exercise links to (by id), so a test can check they exist. */
    default Set<String> scenarioIds() {
        return Set.of();
    }
}
