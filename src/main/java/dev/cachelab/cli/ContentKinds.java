package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of content file {@code validate} knows, chosen by each file's {@code "format"}: one registry, handed to
 * {@link ValidateCommand}. A new kind of file is added here ({@link #standard()}), or by whoever builds the
 * registry ({@link #with}).
 */
public final class ContentKinds {

    private final List<ContentKind> kinds;

    private ContentKinds(List<ContentKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** Cases and scenarios, the scenario index, lessons and the learning path's index. */
    public static ContentKinds standard() {
        return new ContentKinds(List.of(ContentKind.SCENARIOS, ContentKind.SCENARIO_INDEX, new LessonContentKind()));
    }

    /** This registry and {@code kind}. */
    public ContentKinds with(ContentKind kind) {
        List<ContentKind> more = new ArrayList<>(kinds);
        more.add(kind);
        return new ContentKinds(more);
    }

    /** Checks a parsed file with the kind its format names; problems found after loading, or an exception. */
    List<String> validate(Path file, JNode.JObject root, JNode formatNode, String format) throws ContentException {
        for (ContentKind kind : kinds) {
            if (kind.formats().contains(format)) return kind.validate(file, root);
        }
        List<String> known = new ArrayList<>();
        kinds.forEach(k -> known.addAll(k.formats()));
        throw formatNode.where().error("unknown format \"" + format + "\"; expected one of " + String.join(", ", known));
    }
}
