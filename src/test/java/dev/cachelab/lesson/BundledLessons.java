package dev.cachelab.lesson;

/** The bundled lessons, looked up by id, for tests that grade the real content. */
public final class BundledLessons {

    private static final LessonCatalogue CATALOGUE = LessonCatalogue.bundled();

    private BundledLessons() {
    }

    public static LessonCatalogue catalogue() {
        return CATALOGUE;
    }

    public static Lesson lesson(String id) {
        return CATALOGUE.lessons().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundled lesson " + id));
    }

    @SuppressWarnings("unchecked")
    public static <T extends Exercise> T exercise(String id) {
        return (T) lesson(id).exercise();
    }
}
