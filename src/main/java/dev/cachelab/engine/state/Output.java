package dev.cachelab.engine.state;

import java.util.List;
import java.util.Map;

/**
 * What one body run of a cached function produced: the database version it read (R2), which run it was, and
 * the outputs of the nested functions it embedded (R5).
 */
public record Output(String function, List<String> args, int version, long runId, long producedAt,
                     Map<String, Output> inner) {

    public String key() {
        return CacheKey.of(function, args);
    }
}
