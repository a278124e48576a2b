package dev.cachelab.reference;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/} is generated from the reference data. Run with {@code -Dcachelab.writeDocs=true} to rewrite it after
 * changing {@code resources/reference/rules.json}.
 */
class ReferenceDocsTest {

    private static final Path DOCS = Path.of("docs");

    @Test
    void docsAreTheReferenceData() throws IOException {
        Map<String, String> rendered = ReferenceDocs.render(Reference.bundled());
        if (Boolean.getBoolean("cachelab.writeDocs")) {
            Files.createDirectories(DOCS);
            for (var e : rendered.entrySet()) Files.writeString(DOCS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        for (var e : rendered.entrySet()) {
            assertThat(DOCS.resolve(e.getKey())).as("docs/" + e.getKey() + " (rewrite with -Dcachelab.writeDocs=true)")
                    .hasContent(e.getValue());
        }
        assertThat(rendered.get("rules.md")).contains("<a id=\"r16\"></a>\n## R16 \u2014");
    }

    @Test
    void nothingUserFacingPointsOutsideTheRepository() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).doesNotContain("../shared").doesNotContain("FINDINGS");
        try (Stream<Path> files = Stream.concat(Stream.concat(Files.walk(Path.of("resources")), Files.walk(DOCS)),
                Files.walk(Path.of("src/main")))) {
            for (Path p : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
                String text = Files.readString(p);
                assertThat(text).as(p.toString()).doesNotContain("../shared").doesNotContain("FINDINGS difference");
            }
        }
    }
}
