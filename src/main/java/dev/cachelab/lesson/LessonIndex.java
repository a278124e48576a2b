package dev.cachelab.lesson;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.json.LocatedJsonParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The learning path's order ({@value #FORMAT}, {@code resources/lessons/index.json}): lesson files and explorer
 * scenarios, in the order a learner should meet them.
 */
public record LessonIndex(String title, List<Entry> path) {

    public static final String FORMAT = "cachelab-lesson-index/1";
    public static final String FILE = "index.json";

    /** A path entry as written: a lesson file or a scenario id (with a title and what to watch for). */
    public record Entry(String lessonFile, String scenarioId, String title, String watch, JNode.Where where) {
    }

    public LessonIndex {
        path = List.copyOf(path);
    }

    public static LessonIndex load(Path file) throws ContentException {
        return load(LocatedJsonParser.parse(file));
    }

    public static LessonIndex load(String text, String fileName) throws ContentException {
        return load(LocatedJsonParser.parse(text, fileName));
    }

    static LessonIndex load(JNode rootNode) throws ContentException {
        JNode.JObject root = JRead.object(rootNode, "the lesson index");
        JRead.onlyKeys(root, "the lesson index", "format", "title", "path");
        JNode formatNode = JRead.required(root, "format", "\"" + FORMAT + "\"");
        String format = JRead.string(formatNode, "the file format");
        if (!FORMAT.equals(format)) throw formatNode.where().error("unknown format \"" + format + "\"; expected \"" + FORMAT + "\"");
        String title = JRead.requiredString(root, "title", "the path's title");
        JNode.JArray arr = JRead.array(JRead.required(root, "path", "the lessons and scenarios, in order"), "the path");
        if (arr.items().isEmpty()) throw arr.where().error("expected at least one entry in the path, found none");
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JNode item : arr.items()) {
            JNode.JObject o = JRead.object(item, "a path entry");
            JRead.onlyKeys(o, "a path entry", "lesson", "scenario", "title", "watch");
            boolean lesson = o.fields().containsKey("lesson");
            boolean scenario = o.fields().containsKey("scenario");
            if (lesson == scenario) {
                throw o.where().error("a path entry needs either \"lesson\" (a file) or \"scenario\" (an explorer scenario id), not "
                        + (lesson ? "both" : "neither"));
            }
            if (lesson) {
                JRead.onlyKeys(o, "a lesson entry", "lesson");
                JNode f = JRead.required(o, "lesson", "a lesson file name");
                String file = JRead.string(f, "a lesson file name");
                if (!file.matches("[A-Za-z0-9._-]+\\.json") || file.equals(FILE)) {
                    throw f.where().error("expected a lesson file name in this folder, like \"decision.json\", found \"" + file + "\"");
                }
                if (!seen.add("lesson:" + file)) throw f.where().error("\"" + file + "\" is on the path twice; expected it once");
                entries.add(new Entry(file, null, null, null, f.where()));
            } else {
                JNode s = JRead.required(o, "scenario", "an explorer scenario id");
                String id = JRead.string(s, "an explorer scenario id");
                if (!seen.add("scenario:" + id)) throw s.where().error("scenario \"" + id + "\" is on the path twice; expected it once");
                entries.add(new Entry(null, id, JRead.requiredString(o, "title", "the title shown on the path"),
                        JRead.requiredString(o, "watch", "what to watch for in the scenario"), s.where()));
            }
        }
        return new LessonIndex(title, entries);
    }
}
