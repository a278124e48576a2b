package dev.cachelab.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything saved about one learner: progress per path item id, and the item they had open last. */
public record ProgressBook(Map<String, ItemProgress> items, String current) {

    public static final ProgressBook EMPTY = new ProgressBook(Map.of(), null);

    public ProgressBook {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public ItemProgress get(String id) {
        return items.getOrDefault(id, ItemProgress.NONE);
    }

    public ProgressBook with(String id, ItemProgress p) {
        Map<String, ItemProgress> m = new LinkedHashMap<>(items);
        m.put(id, p);
        return new ProgressBook(m, current);
    }

    public ProgressBook withCurrent(String id) {
        return new ProgressBook(items, id);
    }
}
