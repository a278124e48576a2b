package dev.cachelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate} knows the scenario index: listed files exist and load, ids are unique, nothing is left out. */
class ScenarioIndexValidateTest {

    static final String SCENARIO = "{\"format\": \"cachelab-scenario/1\", \"id\": \"%s\", \"title\": \"t\", \"app\": \"invoices\","
            + " \"steps\": [{\"atMs\": 0, \"do\": \"get\", \"url\": \"/invoices\", \"narration\": \"n\"}]}";

    static String index(String... files) {
        return "{\"format\": \"cachelab-scenario-index/1\",\n \"scenarios\": [" + String.join(", ",
                java.util.Arrays.stream(files).map(f -> "\"" + f + "\"").toList()) + "]}";
    }

    @Test
    void theBundledIndexIsValid() {
        CliTest.Run r = CliTest.cli("validate", "resources/scenarios/index.json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("index.json: OK");
    }

    @Test
    void aGoodIndexIsOk(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), SCENARIO.formatted("a"));
        Files.writeString(dir.resolve("b.json"), SCENARIO.formatted("b"));
        Files.writeString(dir.resolve("index.json"), index("b.json", "a.json"));
        CliTest.Run r = CliTest.cli("validate", dir.resolve("index.json").toString());
        assertThat(r.code()).isZero();
    }

    @Test
    void missingUnlistedDuplicateAndBadEntriesAreEachReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), SCENARIO.formatted("same"));
        Files.writeString(dir.resolve("b.json"), SCENARIO.formatted("same"));
        Files.writeString(dir.resolve("left-out.json"), SCENARIO.formatted("c"));
        Files.writeString(dir.resolve("index.json"), index("a.json", "b.json", "a.json", "gone.json", "../x.json"));
        CliTest.Run r = CliTest.cli("validate", dir.resolve("index.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("index.json:2:").contains("$.scenarios[1]: \"b.json\" has the id \"same\", already used by \"a.json\"")
                .contains("$.scenarios[2]: \"a.json\" is listed twice")
                .contains("$.scenarios[3]: no file \"gone.json\" beside the index")
                .contains("$.scenarios[4]: \"../x.json\" is not a scenario file name")
                .contains("$.scenarios: \"left-out.json\" is not listed")
                .doesNotContain("Exception");
        assertThat(r.err().strip().lines()).hasSize(5);
    }

    @Test
    void aListedFileThatDoesNotLoadIsReportedWithItsOwnLocation(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"format\": \"cachelab-scenario/1\", \"id\": \"a\"}");
        Files.writeString(dir.resolve("index.json"), index("a.json"));
        CliTest.Run r = CliTest.cli("validate", dir.resolve("index.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\"a.json\" does not load: ").contains("a.json:1:1: $: missing field \"title\"");
    }

    @Test
    void aWrongShapeIsOneClearLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.json"), "{\"format\": \"cachelab-scenario-index/1\", \"scenarios\": \"all\"}");
        CliTest.Run r = CliTest.cli("validate", dir.resolve("index.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("$.scenarios: expected").contains("a JSON array");
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
