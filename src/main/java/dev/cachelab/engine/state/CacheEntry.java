package dev.cachelab.engine.state;

import dev.cachelab.engine.app.CacheLife;

import java.util.List;

/**
 * A {@code 'use cache'} entry (R3, spec §7.2 {@code CacheEntry}): its output, the instant its fill started,
 * its own tags plus those of nested functions (no soft tags), and its lifetime.
 */
public record CacheEntry(String key, String function, List<String> args, Output output, long timestamp,
                         List<String> tags, CacheLife life) { }
