package dev.cachelab.lesson;

/**
 * One stop on the learning path: a lesson (by file) or an explorer scenario (by id). {@code id} is what progress is
 * saved under: the lesson's id, or {@code scenario:<id>}. {@code note} says what to watch for (scenarios).
 */
public record PathItem(String id, Kind kind, String title, String lessonFile, String scenarioId, String note) {

    public enum Kind { LESSON, SCENARIO }

    public static String scenarioItemId(String scenarioId) {
        return "scenario:" + scenarioId;
    }
}
