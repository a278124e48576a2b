package dev.cachelab.engine.app;

import java.util.List;

/**
 * A {@code 'use cache'} function. {@code tags} go to {@code cacheTag()} ({@code {param}} is replaced by the
 * argument); {@code cacheLife} is null when the function never calls {@code cacheLife()} (R31); {@code calls}
 * are nested cached functions its body awaits (R5); {@code body} are other calls it makes (R30).
 */
public record FunctionDef(String name, List<String> params, List<String> tags, CacheLifeSpec cacheLife,
                          List<CallExpr> calls, List<Call> body, String note) {

    public String signature() {
        return name + "(" + String.join(", ", params) + ")";
    }
}
