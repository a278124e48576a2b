package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.LessonIndex;
import dev.cachelab.lesson.LessonLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lesson files ({@value Lesson#FORMAT}) and the learning path's index ({@value LessonIndex#FORMAT}) for
 * {@code validate}. A lesson is checked completely by {@link LessonLoader}; the index is checked for lesson files
 * that do not exist beside it and for two lessons sharing an id (progress is saved by id).
 */
final class LessonContentKind implements ContentKind {

    @Override
    public List<String> formats() {
        return List.of(Lesson.FORMAT, LessonIndex.FORMAT);
    }

    /** Lessons are small: {@link LessonLoader} reads the file again rather than taking the parsed tree. */
    @Override
    public List<String> validate(Path file, JNode.JObject root) throws ContentException {
        if (LessonIndex.FORMAT.equals(JRead.requiredString(root, "format", "the file's format"))) {
            return validateIndex(file, LessonIndex.load(file));
        }
        LessonLoader.load(file);
        return List.of();
    }

    private static List<String> validateIndex(Path file, LessonIndex index) {
        List<String> problems = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        Map<String, String> ids = new HashMap<>();
        for (LessonIndex.Entry e : index.path()) {
            if (e.lessonFile() == null) continue;
            Path lesson = dir.resolve(e.lessonFile());
            if (!Files.isRegularFile(lesson)) {
                problems.add(e.where().error("no lesson file \"" + e.lessonFile() + "\" beside the index; expected "
                        + lesson).getMessage());
                continue;
            }
            try {
                String other = ids.putIfAbsent(LessonLoader.load(lesson).id(), e.lessonFile());
                if (other != null) {
                    problems.add(e.where().error("\"" + e.lessonFile() + "\" has the same lesson id as \"" + other
                            + "\"; expected unique ids (progress is saved under them)").getMessage());
                }
            } catch (ContentException ignored) {
                // a broken lesson file is reported when it is validated itself
            }
        }
        return problems;
    }
}
