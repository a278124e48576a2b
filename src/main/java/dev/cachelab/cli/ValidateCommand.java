package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.json.LocatedJsonParser;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code validate FILE...}: prints "FILE: OK" or each problem with file, line, column and what was expected. */
final class ValidateCommand {

    /** Every kind of content file; lessons add theirs here. */
    static final List<ContentKind> KINDS = new ArrayList<>(List.of(ContentKind.SCENARIOS, ContentKind.SCENARIO_INDEX,
            LessonContentKind.INSTANCE));

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> files) {
        if (files.isEmpty()) {
            err.println("cachelab: validate takes one or more files");
            return 2;
        }
        boolean bad = false;
        for (String f : files) {
            List<String> problems;
            try {
                problems = validate(Path.of(f));
            } catch (ContentException e) {
                problems = List.of(e.getMessage());
            }
            if (problems.isEmpty()) {
                out.println(f + ": OK");
            } else {
                bad = true;
                problems.forEach(err::println);
            }
        }
        return bad ? 2 : 0;
    }

    static List<String> validate(Path file) throws ContentException {
        JNode root = LocatedJsonParser.parse(file);
        JNode.JObject o = JRead.object(root, "a Cache Lab file");
        JNode formatNode = JRead.required(o, "format", "the file's format, e.g. \"cachelab-scenario/1\"");
        String format = JRead.string(formatNode, "the file's format");
        for (ContentKind kind : KINDS) {
            if (kind.accepts(format)) return kind.validate(file);
        }
        throw formatNode.where().error("unknown format \"" + format + "\"; expected one of cachelab-conformance/1,"
                + " cachelab-scenario/1, cachelab-scenario-index/1, cachelab-lesson/1");
    }
}
