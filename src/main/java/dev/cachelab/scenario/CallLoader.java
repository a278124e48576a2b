package dev.cachelab.scenario;

import dev.cachelab.engine.app.Call;
import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.ArrayList;
import java.util.List;

/** Reads the calls of a body: {@code {"call": "revalidateTag", "args": ["tag", "max"]}} and friends. */
final class CallLoader {

    static final String KINDS = "write, updateTag, revalidateTag, revalidatePath, refresh, transaction";

    private CallLoader() {
    }

    static List<Call> body(JNode node, boolean allowTransaction) throws ContentException {
        List<Call> calls = new ArrayList<>();
        for (JNode item : JRead.array(node, "a list of calls").items()) calls.add(call(item, allowTransaction));
        return calls;
    }

    static Call call(JNode node, boolean allowTransaction) throws ContentException {
        JNode.JObject o = JRead.object(node, "a call such as {\"call\": \"write\"}");
        JNode kindNode = JRead.required(o, "call", "the call's name (" + KINDS + ")");
        String kind = JRead.string(kindNode, "the call's name");
        List<JNode> args = o.fields().containsKey("args")
                ? JRead.array(o.fields().get("args"), "the call's arguments").items() : List.of();
        switch (kind) {
            case "write" -> {
                JRead.onlyKeys(o, "a write call", "call", "note");
                return new Call.Write();
            }
            case "refresh" -> {
                JRead.onlyKeys(o, "a refresh call", "call", "args", "note", "catch");
                argCount(o, args, 0, 0, "refresh() takes no arguments");
                return new Call.Refresh();
            }
            case "updateTag" -> {
                JRead.onlyKeys(o, "an updateTag call", "call", "args", "note", "catch");
                argCount(o, args, 1, 1, "updateTag(tag) takes one argument, the tag");
                return new Call.UpdateTag(JRead.string(args.get(0), "the tag"));
            }
            case "revalidateTag" -> {
                JRead.onlyKeys(o, "a revalidateTag call", "call", "args", "note", "catch");
                argCount(o, args, 1, 2, "revalidateTag(tag, profile) takes the tag and a profile: \"max\", a"
                        + " profile name or {\"expire\": seconds}");
                String tag = JRead.string(args.get(0), "the tag");
                return new Call.RevalidateTag(tag, args.size() == 2 ? profile(args.get(1)) : null);
            }
            case "revalidatePath" -> {
                JRead.onlyKeys(o, "a revalidatePath call", "call", "args", "note", "catch");
                argCount(o, args, 1, 2, "revalidatePath(path, type?) takes a path and optionally \"page\" or \"layout\"");
                String path = JRead.string(args.get(0), "the path");
                String type = null;
                if (args.size() == 2) {
                    type = JRead.string(args.get(1), "the type");
                    if (!type.equals("page") && !type.equals("layout")) {
                        throw args.get(1).where().error("unknown type \"" + type + "\"; expected \"page\" or \"layout\"");
                    }
                }
                return new Call.RevalidatePath(path, type);
            }
            case "transaction" -> {
                if (!allowTransaction) throw kindNode.where().error("a transaction cannot run here; expected one of"
                        + " updateTag, revalidateTag, revalidatePath, refresh, write");
                JRead.onlyKeys(o, "a transaction", "call", "body", "fails", "rethrow", "note");
                List<Call> body = body(JRead.required(o, "body", "the calls inside the transaction"), true);
                String fails = JRead.optionalString(o, "fails", "the commit's error message");
                boolean rethrow = JRead.optionalBool(o, "rethrow", "whether the error escapes");
                return new Call.Transaction(body, fails, rethrow);
            }
            default -> throw kindNode.where().error("unknown call \"" + kind + "\"; expected one of " + KINDS);
        }
    }

    private static Call.TagProfile profile(JNode node) throws ContentException {
        if (node instanceof JNode.JString s) return new Call.NamedProfile(s.value());
        if (node instanceof JNode.JObject o) {
            JRead.onlyKeys(o, "a revalidateTag profile object", "expire", "stale", "revalidate");
            JNode expire = JRead.optional(o, "expire");
            return new Call.ExpireProfile(expire == null ? null : JRead.integer(expire, "expire in seconds", 0));
        }
        throw node.where().error("expected the profile: a name such as \"max\" or an object such as {\"expire\": 0},"
                + " found " + node.typeName());
    }

    private static void argCount(JNode.JObject o, List<JNode> args, int min, int max, String expected)
            throws ContentException {
        if (args.size() < min || args.size() > max) {
            JNode at = o.fields().getOrDefault("args", o);
            throw at.where().error("got " + args.size() + " argument" + (args.size() == 1 ? "" : "s") + "; " + expected);
        }
    }
}
