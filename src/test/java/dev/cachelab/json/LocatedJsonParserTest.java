package dev.cachelab.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the parser says about text that is not UTF-8 JSON, and the places it gives every value. */
class LocatedJsonParserTest {

    private static final String JSON = "{\"format\": \"cachelab-scenario/1\", \"id\": \"été\"}\n";

    private static byte[] encoded(String charset, byte... bom) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(bom);
        b.writeBytes(JSON.getBytes(Charset.forName(charset)));
        return b.toByteArray();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UTF-16LE | FF FE | UTF-16 (little-endian, with a byte-order mark)",
            "UTF-16BE | FE FF | UTF-16 (big-endian, with a byte-order mark)",
            "UTF-16LE |       | UTF-16 (little-endian)",
            "UTF-16BE |       | UTF-16 (big-endian)",
            "UTF-32LE |       | UTF-32 (little-endian)",
            "UTF-32BE | 00 00 FE FF | UTF-32 (big-endian, with a byte-order mark)",
    })
    void wideEncodingsAreNamedAndUtf8IsAskedFor(String charset, String bom, String named) {
        byte[] bomBytes = bom == null ? new byte[0] : hex(bom);
        assertThatThrownBy(() -> LocatedJsonParser.parse(encoded(charset, bomBytes), "notes.json"))
                .isInstanceOf(ContentException.class)
                .hasMessage("notes.json: the file is " + named + " text; expected UTF-8: Cache Lab's scenario, case"
                        + " and lesson files are UTF-8 (save it as UTF-8)");
    }

    @Test
    void binaryContentIsStillBinary() {
        assertThatThrownBy(() -> LocatedJsonParser.parse(new byte[]{'{', '"', 0, 0, 0, 1, 'x', 0}, "a.json"))
                .hasMessage("a.json: binary content (a NUL byte at offset 2); expected JSON text");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        JNode root = LocatedJsonParser.parse(encoded("UTF-8", hex("EF BB BF")), "bom.json");
        assertThat(((JNode.JString) ((JNode.JObject) root).fields().get("id")).value()).isEqualTo("été");
    }

    @Test
    void invalidUtf8IsNotUtf8() {
        assertThatThrownBy(() -> LocatedJsonParser.parse(new byte[]{'{', '"', (byte) 0xC3, '"', '}'}, "l1.json"))
                .hasMessage("l1.json: not UTF-8 text; expected a JSON file in UTF-8");
    }

    @Test
    void aRealReplacementCharacterIsText() throws Exception {
        JNode root = LocatedJsonParser.parse("{\"x\": \"\uFFFD\"}".getBytes(StandardCharsets.UTF_8), "r.json");
        assertThat(((JNode.JString) ((JNode.JObject) root).fields().get("x")).value()).isEqualTo("\uFFFD");
    }

    @Test
    void everyValueKnowsItsLineColumnAndPath() throws Exception {
        JNode.JObject root = (JNode.JObject) LocatedJsonParser.parse("{\"steps\": [\n  {\"url\": \"/a\"},\n  {\"url\": [1, 2]}\n]}", "p.json");
        JNode.JArray steps = (JNode.JArray) root.fields().get("steps");
        JNode.JArray url = (JNode.JArray) ((JNode.JObject) steps.items().get(1)).fields().get("url");
        JNode two = url.items().get(1);
        assertThat(two.where().path()).isEqualTo("$.steps[1].url[1]");
        assertThat(two.where().line()).isEqualTo(3);
        assertThat(two.where().column()).isEqualTo(15);
        assertThat(root.where().path()).isEqualTo("$");
        assertThat(two.where().error("too big").getMessage()).isEqualTo("p.json:3:15: $.steps[1].url[1]: too big");
        assertThatThrownBy(() -> url.items().add(two)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> root.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nestingBeyondJacksonsLimitIsOneLine() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThatThrownBy(() -> LocatedJsonParser.parse(deep, "deep.json"))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("deep.json: the JSON goes beyond a limit: ")
                        .doesNotContain("\n").doesNotContain("StreamReadConstraints"));
    }

    private static byte[] hex(String s) {
        String[] parts = s.trim().split(" ");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) b[i] = (byte) Integer.parseInt(parts[i], 16);
        return b;
    }
}
