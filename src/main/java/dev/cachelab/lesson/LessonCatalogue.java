package dev.cachelab.lesson;

import dev.cachelab.json.ContentException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learning path as loaded: every entry of the index with its lesson, or the problem that kept it from loading.
 * One malformed lesson file never hides the others. {@code folder} is where the files were read from, or null for
 * the lessons bundled in the app.
 */
public record LessonCatalogue(String title, List<Stop> stops, List<ContentException> problems, Path folder) {

    /** One stop of the path: its item, and its lesson (null for a scenario, or when the file has a problem). */
    public record Stop(PathItem item, Lesson lesson, ContentException problem) {
        public boolean broken() {
            return problem != null;
        }
    }

    public LessonCatalogue {
        stops = List.copyOf(stops);
        problems = List.copyOf(problems);
    }

    public static LessonCatalogue bundled() {
        return load(LessonSource.bundled());
    }

    public static LessonCatalogue load(LessonSource source) {
        LessonIndex index;
        try {
            index = LessonIndex.load(source.read(LessonIndex.FILE), source.displayName(LessonIndex.FILE));
        } catch (ContentException e) {
            return new LessonCatalogue("Learning path", List.of(), List.of(e), source.folder());
        }
        List<Stop> stops = new ArrayList<>();
        List<ContentException> problems = new ArrayList<>();
        Map<String, String> idToFile = new HashMap<>();
        for (LessonIndex.Entry e : index.path()) {
            if (e.scenarioId() != null) {
                stops.add(new Stop(new PathItem(PathItem.scenarioItemId(e.scenarioId()), PathItem.Kind.SCENARIO, e.title(),
                        null, e.scenarioId(), e.watch()), null, null));
                continue;
            }
            String name = source.displayName(e.lessonFile());
            try {
                Lesson lesson = LessonLoader.load(source.read(e.lessonFile()), name);
                String other = idToFile.putIfAbsent(lesson.id(), name);
                if (other != null) {
                    throw new ContentException(name, 0, 0, "$.id", "lesson id \"" + lesson.id() + "\" is already used by "
                            + other + "; expected a unique id (progress is saved under it)");
                }
                stops.add(new Stop(new PathItem(lesson.id(), PathItem.Kind.LESSON, lesson.title(), e.lessonFile(), null,
                        null), lesson, null));
            } catch (ContentException ex) {
                problems.add(ex);
                stops.add(new Stop(new PathItem("file:" + e.lessonFile(), PathItem.Kind.LESSON, e.lessonFile(),
                        e.lessonFile(), null, null), null, ex));
            }
        }
        return new LessonCatalogue(index.title(), stops, problems, source.folder());
    }

    /**
     * How to check the lesson files after fixing one: the {@code validate} command for the folder in use (for
     * the bundled lessons, the folder in Cache Lab's source they are built from).
     */
    public String validateHint() {
        if (folder == null) {
            return "These lessons are built into Cache Lab. Fix the file in resources/lessons/ of Cache Lab's source, "
                    + "then check it with: java -jar target/cachelab.jar validate resources/lessons/*.json";
        }
        return "Lesson files are read from " + folder + ". Fix the file there, then check it with: "
                + "java -jar cachelab.jar validate " + folder.resolve("*.json");
    }

    public List<Lesson> lessons() {
        return stops.stream().filter(s -> s.lesson() != null).map(Stop::lesson).toList();
    }

    /** Every explorer scenario id the path and its lessons refer to. */
    public Set<String> scenarioIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Stop s : stops) {
            if (s.item().scenarioId() != null) ids.add(s.item().scenarioId());
            if (s.lesson() != null) ids.addAll(s.lesson().exercise().scenarioIds());
        }
        return ids;
    }
}
