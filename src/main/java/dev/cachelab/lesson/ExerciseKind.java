package dev.cachelab.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of exercise a lesson file can hold, by the name written in its {@code "kind"} field. */
public enum ExerciseKind {
    DECISION_TREE("decision-tree"),
    BUCKET_SORT("bucket-sort"),
    MULTIPLE_CHOICE("multiple-choice"),
    FILL_SEAM("fill-seam"),
    PR_REVIEW("pr-review"),
    COMPARISON("comparison"),
    RECAP("recap");

    private final String jsonName;

    ExerciseKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<ExerciseKind> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExerciseKind::jsonName).toList();
    }
}
