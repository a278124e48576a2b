package dev.cachelab.engine.state;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The default in-memory {@code 'use cache'} handler's map; empty when the server starts (R3, R14). */
public final class UseCacheStore implements UseCacheView {

    private final Map<String, CacheEntry> entries = new LinkedHashMap<>();

    @Override
    public CacheEntry get(String key) {
        return entries.get(key);
    }

    public void put(CacheEntry entry) {
        entries.put(entry.key(), entry);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Collection<CacheEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public UseCacheStore copy() {
        UseCacheStore c = new UseCacheStore();
        c.entries.putAll(entries);
        return c;
    }
}
