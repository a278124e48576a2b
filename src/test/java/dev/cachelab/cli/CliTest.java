package dev.cachelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    record Run(int code, String out, String err) { }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path caseFile(String name) throws URISyntaxException {
        return Path.of(CliTest.class.getClassLoader().getResource("conformance/" + name).toURI());
    }

    @Test
    void traceprintsOneObservationPerStepWithTheConformanceKeysAndEvents() throws Exception {
        Run r = cli("trace", caseFile("sa-revalidateTag-max-redirect--static.json").toString());
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("id").asText()).isEqualTo("sa-revalidateTag-max-redirect@static");
        JsonNode observed = root.get("observed");
        assertThat(observed).hasSize(7);
        assertThat(observed.get(1).get("routeCache").asText()).isEqualTo("HIT");
        assertThat(observed.get(2).get("served").get("getInvoiceList").get("version").asInt()).isEqualTo(1);
        assertThat(observed.get(2).get("served").get("getInvoiceList").get("outcome").asText()).isEqualTo("STALE");
        assertThat(observed.get(2).get("events").toString()).contains("TagMarkedStale").contains("invoices:list:org1");
        assertThat(observed.get(5).get("routeCache").asText()).isEqualTo("STALE");
    }

    @Test
    void checkPassesAPublishedCase() throws Exception {
        Run r = cli("check", caseFile("nav-after-save-max--static.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("PASS");
    }

    @Test
    void validateSaysOkForGoodFiles() throws Exception {
        Run r = cli("validate", caseFile("baseline--static.json").toString(), caseFile("render-calls-caught.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("baseline--static.json: OK").contains("render-calls-caught.json: OK");
    }

    /** Each bad input: exit 2, one line with file:line:col and what was expected, no stack trace. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "malformed.json | {\"format\": \"cachelab-conformance/1\", \"id\": \"x\",,} | malformed.json:1:48: malformed JSON",
            "unclosedarray.json | {\"format\": \"cachelab-conformance/1\", \"id\": \"x\",<NL> \"steps\": [} | unclosedarray.json:2:12: malformed JSON: Unexpected close marker '}': expected ']'",
            "truncated.json | {\"format\": \"cachelab-conformance/1\",<NL> \"steps\": [{\"atMs\": 0 | truncated.json:2:22: malformed JSON: the file ends too early",
            "empty.json | | empty.json:1:1: the file is empty; expected a JSON object",
            "unknownstep.json | {\"format\":\"cachelab-conformance/1\",\"id\":\"x\",\"app\":{\"functions\":{},\"routes\":[{\"path\":\"/a\",\"rendering\":\"request-time\"}]},<NL>\"steps\":[{\"atMs\":0,\"do\":\"gett\",\"url\":\"/a\"}],\"expect\":[{}]} | unknownstep.json:2:25: $.steps[0].do: unknown step \"gett\"; expected one of get,",
            "unknowncall.json | {\"format\":\"cachelab-conformance/1\",\"id\":\"x\",\"app\":{\"functions\":{},\"routes\":[{\"path\":\"/api\",\"kind\":\"route-handler\"}]},\"steps\":[{\"atMs\":0,\"do\":\"routeHandler\",\"url\":\"/api\",\"body\":[{\"call\":\"expireTag\"}]}],\"expect\":[{}]} | $.steps[0].body[0].call: unknown call \"expireTag\"; expected one of write, updateTag",
            "missing.json | {\"format\":\"cachelab-conformance/1\",\"id\":\"x\",\"app\":{\"functions\":{},\"routes\":[{\"path\":\"/a\",\"rendering\":\"request-time\"}]},\"steps\":[{\"atMs\":0,\"do\":\"get\"}],\"expect\":[{}]} | $.steps[0]: missing field \"url\"; expected a page URL",
            "wrongtype.json | {\"format\":\"cachelab-conformance/1\",\"id\":\"x\",\"app\":{\"functions\":{},\"routes\":[{\"path\":\"/a\",\"rendering\":\"request-time\"}]},\"steps\":[{\"atMs\":\"soon\",\"do\":\"get\",\"url\":\"/a\"}],\"expect\":[{}]} | $.steps[0].atMs: expected atMs in milliseconds (a number), found a string",
    })
    void badInputGetsOneClearLineAndExitTwo(String name, String content, String expected, @TempDir Path dir) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content == null ? "" : content.replace("<NL>", "\n"));
        for (String cmd : new String[]{"trace", "validate"}) {
            Run r = cli(cmd, f.toString());
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err()).as(cmd).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().strip().lines()).as(cmd).hasSize(1);
        }
    }

    @Test
    void aBinaryFileIsMalformedInput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("image.json");
        Files.write(f, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Run r = cli("validate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("image.json: binary content").contains("expected JSON text");
    }

    @Test
    void aMissingFileIsReported() {
        Run r = cli("trace", "no/such/file.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no/such/file.json").contains("cannot read the file");
    }

    @Test
    void unknownCommandsPrintUsage() {
        Run r = cli("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown command").contains("usage:");
    }
}
