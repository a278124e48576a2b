package dev.cachelab.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Typed access to {@link JNode}s for loaders: every wrong type, missing field or unknown key names its place. */
public final class JRead {

    private JRead() {
    }

    public static JNode.JObject object(JNode node, String what) throws ContentException {
        if (node instanceof JNode.JObject o) return o;
        throw node.where().error("expected " + what + " (a JSON object), found " + node.typeName());
    }

    public static JNode.JArray array(JNode node, String what) throws ContentException {
        if (node instanceof JNode.JArray a) return a;
        throw node.where().error("expected " + what + " (a JSON array), found " + node.typeName());
    }

    public static String string(JNode node, String what) throws ContentException {
        if (node instanceof JNode.JString s) return s.value();
        throw node.where().error("expected " + what + " (a string), found " + node.typeName());
    }

    public static boolean bool(JNode node, String what) throws ContentException {
        if (node instanceof JNode.JBoolean b) return b.value();
        throw node.where().error("expected " + what + " (true or false), found " + node.typeName());
    }

    /** A whole number of at least {@code min}. */
    public static long integer(JNode node, String what, long min) throws ContentException {
        if (!(node instanceof JNode.JNumber n)) {
            throw node.where().error("expected " + what + " (a number), found " + node.typeName());
        }
        BigDecimal v = n.value();
        long value;
        try {
            value = v.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw node.where().error("expected " + what + " (a whole number), found " + v.toPlainString());
        }
        if (value < min) throw node.where().error("expected " + what + " of at least " + min + ", found " + value);
        return value;
    }

    public static JNode required(JNode.JObject o, String key, String what) throws ContentException {
        JNode v = o.fields().get(key);
        if (v == null) throw o.where().error("missing field \"" + key + "\"; expected " + what);
        return v;
    }

    public static JNode optional(JNode.JObject o, String key) {
        JNode v = o.fields().get(key);
        return v instanceof JNode.JNull ? null : v;
    }

    public static String requiredString(JNode.JObject o, String key, String what) throws ContentException {
        return string(required(o, key, what), what);
    }

    public static String optionalString(JNode.JObject o, String key, String what) throws ContentException {
        JNode v = optional(o, key);
        return v == null ? null : string(v, what);
    }

    public static boolean optionalBool(JNode.JObject o, String key, String what) throws ContentException {
        JNode v = optional(o, key);
        return v != null && bool(v, what);
    }

    public static List<String> stringList(JNode node, String what) throws ContentException {
        List<String> out = new ArrayList<>();
        for (JNode item : array(node, "a list of " + what).items()) out.add(string(item, what));
        return out;
    }

    /** Rejects keys outside {@code allowed}, so a typo such as {@code "tgas"} is reported, not silently ignored. */
    public static void onlyKeys(JNode.JObject o, String what, String... allowed) throws ContentException {
        for (var e : o.fields().entrySet()) {
            if (!contains(allowed, e.getKey())) {
                JNode.Where w = e.getValue().where();
                throw new ContentException(w.file(), w.line(), w.column(), w.path(),
                        "unknown field \"" + e.getKey() + "\" in " + what + "; expected one of " + list(Arrays.asList(allowed)));
            }
        }
    }

    /** A scan, not a set: a dozen names at most, checked for every object of a large file. */
    private static boolean contains(String[] names, String name) {
        for (String n : names) if (n.equals(name)) return true;
        return false;
    }

    public static String list(Collection<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }
}
