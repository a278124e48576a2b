package dev.cachelab.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it was written: file, line, column and JSON path. Loaders read these instead of
 * bare Jackson trees so every problem can name its place.
 */
public sealed interface JNode {

    Where where();

    /** Where a value sits in its file. */
    record Where(String file, int line, int column, String path) {

        public ContentException error(String problem) {
            return new ContentException(file, line, column, path, problem);
        }
    }

    /** A name for the value's type in messages: "a string", "an object"… */
    String typeName();

    record JObject(Map<String, JNode> fields, Where where) implements JNode {
        public JObject {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
        public String typeName() { return "an object"; }
    }

    record JArray(List<JNode> items, Where where) implements JNode {
        public JArray {
            items = List.copyOf(items);
        }
        public String typeName() { return "an array"; }
    }

    record JString(String value, Where where) implements JNode {
        public String typeName() { return "a string"; }
    }

    record JNumber(BigDecimal value, Where where) implements JNode {
        public String typeName() { return "a number"; }
    }

    record JBoolean(boolean value, Where where) implements JNode {
        public String typeName() { return value ? "true" : "false"; }
    }

    record JNull(Where where) implements JNode {
        public String typeName() { return "null"; }
    }
}
