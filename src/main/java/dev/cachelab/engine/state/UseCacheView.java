package dev.cachelab.engine.state;

import java.util.Collection;

/** A read-only look at one instance's {@code 'use cache'} entries (R3). */
public interface UseCacheView {

    CacheEntry get(String key);

    int size();

    Collection<CacheEntry> entries();
}
