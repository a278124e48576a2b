package dev.cachelab.engine.app;

import java.util.List;

/** One call inside a Route Handler, Server Action, render or {@code 'use cache'} body (conformance README, "Calls"). */
public sealed interface Call {

    /** The JavaScript-like expression shown in code views, logs and error messages. */
    String expression();

    /** The database write: the version goes up by one (R2). */
    record Write() implements Call {
        public String expression() { return "db.write()"; }
    }

    record UpdateTag(String tag) implements Call {
        public String expression() { return "updateTag(" + quote(tag) + ")"; }
    }

    /** {@code profile == null} is the deprecated one-argument form (R8). */
    record RevalidateTag(String tag, TagProfile profile) implements Call {
        public String expression() {
            return "revalidateTag(" + quote(tag) + (profile == null ? "" : ", " + profile.describe()) + ")";
        }
    }

    /** {@code type} is null, "page" or "layout" (spec §5.2). */
    record RevalidatePath(String path, String type) implements Call {
        public String expression() {
            return "revalidatePath(" + quote(path) + (type == null ? "" : ", " + quote(type)) + ")";
        }
    }

    /** {@code refresh()} from next/cache (spec §6.2, R29). */
    record Refresh() implements Call {
        public String expression() { return "refresh()"; }
    }

    /**
     * A database transaction: runs its body, then commits, or fails with {@code fails} and rolls the version
     * back (R20). {@code rethrow} says whether the failure escapes the surrounding code.
     */
    record Transaction(List<Call> body, String fails, boolean rethrow) implements Call {
        public String expression() { return "db.transaction(…)"; }
    }

    /** The second argument of {@code revalidateTag}: a profile name or {@code {expire: N}} (spec §4.2). */
    sealed interface TagProfile {
        String describe();
    }

    record NamedProfile(String name) implements TagProfile {
        public String describe() { return quote(name); }
    }

    /** {@code expire == null} is an object without {@code expire}: stale only (spec §4.2). */
    record ExpireProfile(Long expire) implements TagProfile {
        public String describe() { return expire == null ? "{}" : "{ expire: " + expire + " }"; }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** True for the calls that {@code 'use cache'} bodies and renders reject (R30). */
    default boolean isInvalidation() {
        return this instanceof UpdateTag || this instanceof RevalidateTag || this instanceof RevalidatePath;
    }
}
