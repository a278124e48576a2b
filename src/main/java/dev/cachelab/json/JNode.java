package dev.cachelab.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value that remembers where it was written: file, line, column and JSON path. Loaders read these instead of
 * bare Jackson trees so every problem can name its place.
 */
public sealed interface JNode {

    Where where();

    /**
     * Where a value sits in its file: file, line, column and JSON path ({@code $.steps[3].url}). The parser gives
     * each value its parent's place and its own key or index, and the path is spelled out only when asked for (an
     * error): a large file has millions of values and needs few of their paths.
     */
    final class Where {
        private final String file;
        private final int line;
        private final int column;
        private final Where parent;
        private final String key;
        private final int index;
        private String path;

        public Where(String file, int line, int column, String path) {
            this(file, line, column, null, null, -1);
            this.path = path;
        }

        /** The place of a value under {@code parent}: at {@code key} of an object, or else at {@code index}. */
        Where(String file, int line, int column, Where parent, String key, int index) {
            this.file = file;
            this.line = line;
            this.column = column;
            this.parent = parent;
            this.key = key;
            this.index = index;
        }

        public String file() { return file; }
        public int line() { return line; }
        public int column() { return column; }

        public String path() {
            if (path == null) {
                if (parent == null) path = "$";
                else path = parent.path() + (key != null ? "." + key : "[" + index + "]");
            }
            return path;
        }

        public ContentException error(String problem) {
            return new ContentException(file, line, column, path(), problem);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Where w && line == w.line && column == w.column && Objects.equals(file, w.file)
                    && path().equals(w.path());
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, line, column, path());
        }

        @Override
        public String toString() {
            return "Where[file=" + file + ", line=" + line + ", column=" + column + ", path=" + path() + "]";
        }
    }

    /** A name for the value's type in messages: "a string", "an object"… */
    String typeName();

    record JObject(Map<String, JNode> fields, Where where) implements JNode {
        public JObject {
            // the parser hands over a map it made for this object alone; anything else is copied
            fields = Collections.unmodifiableMap(fields instanceof Owned.Fields ? fields : new LinkedHashMap<>(fields));
        }
        public String typeName() { return "an object"; }
    }

    record JArray(List<JNode> items, Where where) implements JNode {
        public JArray {
            items = items instanceof Owned.Items ? Collections.unmodifiableList(items) : List.copyOf(items);
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

    /** Collections the parser makes for one node and never touches again, so the node can keep them uncopied. */
    final class Owned {
        private Owned() {
        }

        static final class Fields extends LinkedHashMap<String, JNode> {
        }

        static final class Items extends ArrayList<JNode> {
        }
    }
}
