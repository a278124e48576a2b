package dev.cachelab.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text with Jackson's streaming parser into {@link JNode}s that carry line, column and path. Malformed
 * input (bad syntax, an empty file, binary content, duplicate keys, trailing text) becomes a {@link ContentException}.
 */
public final class LocatedJsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private LocatedJsonParser() {
    }

    public static JNode parse(Path path) throws ContentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ContentException(path.toString(), 0, 0, null, "cannot read the file: " + describe(e));
        }
        return parse(bytes, path.toString());
    }

    public static JNode parse(byte[] bytes, String fileName) throws ContentException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ContentException(fileName, 0, 0, null,
                        "binary content (a NUL byte at offset " + i + "); expected JSON text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(fileName, 0, 0, null, "not UTF-8 text; expected a JSON file in UTF-8");
        }
        return parse(text, fileName);
    }

    public static JNode parse(String text, String fileName) throws ContentException {
        if (text.isBlank()) throw new ContentException(fileName, 1, 1, null, "the file is empty; expected a JSON object");
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            JNode root = read(p, first, fileName, "$");
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ContentException(fileName, l.getLineNr(), l.getColumnNr(), null,
                        "unexpected text after the end of the JSON value; expected the end of the file");
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw new ContentException(fileName, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), null,
                    "malformed JSON: " + clean(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ContentException(fileName, 0, 0, null, "cannot read the JSON: " + describe(e));
        }
    }

    private static JNode read(JsonParser p, JsonToken t, String file, String path) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        JNode.Where where = new JNode.Where(file, l.getLineNr(), l.getColumnNr(), path);
        switch (t) {
            case START_OBJECT -> {
                Map<String, JNode> fields = new LinkedHashMap<>();
                JsonToken next;
                while ((next = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    fields.put(name, read(p, value, file, path + "." + name));
                }
                if (next != JsonToken.END_OBJECT) throw new JsonParseException(p, "object not closed");
                return new JNode.JObject(fields, where);
            }
            case START_ARRAY -> {
                List<JNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) throw new JsonParseException(p, "array not closed");
                    items.add(read(p, next, file, path + "[" + items.size() + "]"));
                }
                return new JNode.JArray(items, where);
            }
            case VALUE_STRING -> {
                return new JNode.JString(p.getText(), where);
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
