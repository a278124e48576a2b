package dev.cachelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate} knows lesson files and the lesson index. */
class LessonValidateTest {

    record Run(int code, String out, String err) { }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyBundledLessonFileIsValid() throws Exception {
        List<String> files = new ArrayList<>();
        files.add("validate");
        try (Stream<Path> s = Files.list(Path.of("resources", "lessons"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> files.add(p.toString()));
        }
        assertThat(files).hasSizeGreaterThan(5);
        Run r = cli(files.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("index.json: OK").contains("sort-mutations.json: OK");
    }

    @Test
    void aBadLessonGetsOneLineWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"cachelab-lesson/1\",\n  \"kind\": \"quiz\",\n  \"id\": \"x\", \"title\": \"X\"\n}\n");
        Run r = cli("validate", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(bad + ":3:11: $.kind: unknown exercise kind \"quiz\"; expected one of"
                + " bucket-sort, comparison, decision-tree, fill-seam, multiple-choice, pr-review, recap");
    }

    @Test
    void anIndexNamingAMissingFileIsAProblem(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index.json");
        Files.writeString(index, "{\"format\": \"cachelab-lesson-index/1\", \"title\": \"P\",\n \"path\": [{\"lesson\": \"gone.json\"}]}");
        Run r = cli("validate", index.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(index + ":2:22: $.path[0].lesson: no lesson file \"gone.json\" beside the index");
    }
}
