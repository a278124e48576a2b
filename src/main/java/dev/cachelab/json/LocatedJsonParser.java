package dev.cachelab.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSON text with Jackson's streaming parser into {@link JNode}s that carry line, column and path. Malformed
 * input (bad syntax, an empty file, binary content, UTF-16 text, duplicate keys, trailing text) and a file over
 * {@link #MAX_FILE_BYTES} become a {@link ContentException}.
 */
public final class LocatedJsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * The largest file Cache Lab reads: 32 MB holds about 150,000 narrated steps, more than the step limit
     * ({@code ScenarioLoader.MAX_STEPS}); a larger file is refused before any of it is read.
     */
    public static final long MAX_FILE_BYTES = 32L << 20;

    /** Values up to this length are shared when they repeat ("get", "/invoices"), as they do in large files. */
    private static final int SHARED_STRING_LENGTH = 48;

    private LocatedJsonParser() {
    }

    public static JNode parse(Path path) throws ContentException {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isRegularFile(path)) {
                long size = Files.size(path);
                if (size > MAX_FILE_BYTES) throw tooLarge(name, size);
                bytes = Files.readAllBytes(path);
            } else {
                // a device or a pipe has no size to check first: read at most one byte past the limit
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                }
            }
        } catch (IOException e) {
            throw new ContentException(name, 0, 0, null, "cannot read the file: " + describe(e));
        }
        return parse(bytes, name);
    }

    public static JNode parse(byte[] bytes, String fileName) throws ContentException {
        if (bytes.length > MAX_FILE_BYTES) throw tooLarge(fileName, bytes.length);
        String wide = TextEncoding.wideEncoding(bytes);
        if (wide != null) {
            throw new ContentException(fileName, 0, 0, null, "the file is " + wide + " text; expected UTF-8:"
                    + " Cache Lab's scenario, case and lesson files are UTF-8 (save it as UTF-8)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ContentException(fileName, 0, 0, null,
                        "binary content (a NUL byte at offset " + i + "); expected JSON text");
            }
        }
        // the lenient decoder is the fast one; it marks bad bytes with U+FFFD, which the strict one then confirms
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new ContentException(fileName, 0, 0, null, "not UTF-8 text; expected a JSON file in UTF-8");
            }
        }
        return parse(text, fileName);
    }

    public static JNode parse(String text, String fileName) throws ContentException {
        if (text.length() > MAX_FILE_BYTES) throw tooLarge(fileName, text.length());
        // a UTF-8 byte-order mark (some Windows editors write one) is not part of the JSON
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new ContentException(fileName, 1, 1, null, "the file is empty; expected a JSON object");
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            JNode root = new Reader(p, fileName).read(first, null, null, -1);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ContentException(fileName, l.getLineNr(), l.getColumnNr(), null,
                        "unexpected text after the end of the JSON value; expected the end of the file");
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Jackson's own limits (nesting depth, a string or number's length): its message names the limit
            JsonLocation l = e.getLocation();
            throw new ContentException(fileName, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), null,
                    "the JSON goes beyond a limit: " + clean(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", ""));
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw new ContentException(fileName, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), null,
                    "malformed JSON: " + clean(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ContentException(fileName, 0, 0, null, "cannot read the JSON: " + describe(e));
        }
    }

    static ContentException tooLarge(String fileName, long bytes) {
        return new ContentException(fileName, 0, 0, null, String.format("the file is too large (%,.1f MB);"
                + " expected at most %d MB, the limit for a Cache Lab file", bytes / (double) (1 << 20),
                MAX_FILE_BYTES >> 20));
    }

    /** One parse: builds the nodes, sharing the short strings that repeat. */
    private static final class Reader {
        private final JsonParser p;
        private final String file;
        private final Map<String, String> shared = new HashMap<>();

        Reader(JsonParser p, String file) {
            this.p = p;
            this.file = file;
        }

        JNode read(JsonToken t, JNode.Where parent, String key, int index) throws IOException {
            JsonLocation l = p.currentTokenLocation();
            JNode.Where where = parent == null && key == null
                    ? new JNode.Where(file, l.getLineNr(), l.getColumnNr(), "$")
                    : new JNode.Where(file, l.getLineNr(), l.getColumnNr(), parent, key, index);
            switch (t) {
                case START_OBJECT -> {
                    JNode.Owned.Fields fields = new JNode.Owned.Fields();
                    JsonToken next;
                    while ((next = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken value = p.nextToken();
                        fields.put(name, read(value, where, name, -1));
                    }
                    if (next != JsonToken.END_OBJECT) throw new JsonParseException(p, "object not closed");
                    return new JNode.JObject(fields, where);
                }
                case START_ARRAY -> {
                    JNode.Owned.Items items = new JNode.Owned.Items();
                    JsonToken next;
                    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (next == null) throw new JsonParseException(p, "array not closed");
                        items.add(read(next, where, null, items.size()));
                    }
                    items.trimToSize();
                    return new JNode.JArray(items, where);
                }
                case VALUE_STRING -> {
                    return new JNode.JString(text(), where);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return new JNode.JNumber(p.getDecimalValue(), where);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return new JNode.JBoolean(t == JsonToken.VALUE_TRUE, where);
                }
                case VALUE_NULL -> {
                    return new JNode.JNull(where);
                }
                default -> throw new JsonParseException(p, "unexpected token " + t);
            }
        }

        private String text() throws IOException {
            String s = p.getText();
            return s.length() > SHARED_STRING_LENGTH ? s : shared.computeIfAbsent(s, x -> x);
        }
    }

    /** Jackson's messages mention its own internals; keep the part a person can act on. */
    private static String clean(String message) {
        if (message == null) return "unreadable input";
        // Jackson appends "(for Array starting at ... [Source: ...; line: 2, column: 11])" over two lines: the
        // position is ours already (file:line:col), and the rest would break the one-line message.
        String m = message.replaceAll("(?s)\\s*\\(for (Object|Array|root value) starting at.*", "")
                .replaceAll("(?s)\\s*at \\[Source:.*", "")
                .replaceAll("\\s+", " ")
                .replace("(code ", "(character code ");
        if (m.contains("Unexpected end-of-input")) {
            m = "the file ends too early (" + m.replace("Unexpected end-of-input", "unexpected end").trim() + ")";
        }
        return m.trim();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
