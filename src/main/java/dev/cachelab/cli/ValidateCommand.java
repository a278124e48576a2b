package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.json.LocatedJsonParser;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code validate FILE...}: prints "FILE: OK" or each problem with file, line, column and what was expected. */
final class ValidateCommand implements Command {

    private final ContentKinds kinds;

    ValidateCommand(ContentKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "  validate FILE...      check case, scenario, scenario-index and lesson files; print OK or the problems";
    }

    @Override
    public int run(List<String> files, PrintStream out, PrintStream err) {
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

    /** Parses the file once and hands it to the kind its format names. */
    List<String> validate(Path file) throws ContentException {
        JNode.JObject root = JRead.object(LocatedJsonParser.parse(file), "a Cache Lab file");
        JNode formatNode = JRead.required(root, "format", "the file's format, e.g. \"cachelab-scenario/1\"");
        return kinds.validate(file, root, formatNode, JRead.string(formatNode, "the file's format"));
    }
}
