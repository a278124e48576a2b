package dev.cachelab.engine;

import dev.cachelab.engine.app.Call;

/**
 * An invalidation call waiting for the end of the handler body (R7): its tag, its profile (null: expire now),
 * when it was called (R11 compares entries with this), and the expression for "why" chains.
 */
record PendingRevalidation(String tag, Call.TagProfile profile, long calledAt, String expression) {

    boolean expireNow() {
        return profile == null;
    }
}
