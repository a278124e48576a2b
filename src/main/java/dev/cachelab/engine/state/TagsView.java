package dev.cachelab.engine.state;

import java.util.Collection;
import java.util.Map;

/** A read-only look at tag timestamps: an instance's tags manifest or a shared tag store (spec §7.1). */
public interface TagsView {

    TagsManifest.TagState get(String tag);

    /** {@code areTagsExpired}: the first tag with {@code expired <= now && expired > timestamp}, or null. */
    String firstExpired(Collection<String> entryTags, long timestamp, long now);

    /** {@code areTagsStale}: the first tag with {@code stale > timestamp}, or null. */
    String firstStale(Collection<String> entryTags, long timestamp);

    /** {@code getExpiration(softTags)}: the tag with the largest {@code expired}, or null when none is set. */
    String latestExpiredTag(Collection<String> softTags);

    Map<String, TagsManifest.TagState> all();
}
