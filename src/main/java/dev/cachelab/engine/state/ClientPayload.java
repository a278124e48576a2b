package dev.cachelab.engine.state;

import java.util.Map;

/** A page payload kept in the browser's client router cache (R33). */
public record ClientPayload(String url, Map<String, Output> outputs, long storedAtMs, long staleMs) {

    public boolean usableAt(long nowMs) {
        return nowMs - storedAtMs < staleMs;
    }
}
