package dev.cachelab.lesson;

/**
 * One lesson file ({@code cachelab-lesson/1}): an id that progress is saved under, a title, an introduction, and
 * one exercise. {@code file} is the name problems and the UI refer to.
 */
public record Lesson(String id, String title, String intro, Exercise exercise, String file) {

    public static final String FORMAT = "cachelab-lesson/1";

    public ExerciseKind kind() {
        return exercise.kind();
    }
}
