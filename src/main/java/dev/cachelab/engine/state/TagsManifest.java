package dev.cachelab.engine.state;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The tags manifest: per tag, when it went stale and when it expires (spec §7.1, R7). Invalidation writes two
 * longs and touches no entry, so its cost does not grow with the number of entries; reads compare an entry's
 * timestamp with its tags' times (R10, R15).
 */
public final class TagsManifest implements TagsView {

    /** An unset time: every runtime instant is greater, and build output sits at 0. */
    public static final long UNSET = 0L;

    /** One tag's times and the call that last wrote them (for "why is this stale?"). */
    public record TagState(String tag, long stale, long expired, String cause, int causeStep) { }

    private final Map<String, TagState> tags = new HashMap<>();

    /** An independent manifest with the same tag times (an engine checkpoint; a tag's state is immutable). */
    public TagsManifest copy() {
        TagsManifest c = new TagsManifest();
        c.tags.putAll(tags);
        return c;
    }

    @Override
    public TagState get(String tag) {
        return tags.get(tag);
    }

    /** No profile ({@code updateTag}, one-argument {@code revalidateTag}, {@code revalidatePath}): expired now. */
    public TagState expireNow(String tag, long t, String cause, int step) {
        TagState old = tags.get(tag);
        TagState s = new TagState(tag, old == null ? UNSET : old.stale(), t, cause, step);
        tags.put(tag, s);
        return s;
    }

    /** With a profile: stale now, expired after the profile's {@code expire} when it has one (spec §4.2). */
    public TagState markStale(String tag, long t, Long expiredAt, String cause, int step) {
        TagState old = tags.get(tag);
        long expired = expiredAt != null ? expiredAt : (old == null ? UNSET : old.expired());
        TagState s = new TagState(tag, t, expired, cause, step);
        tags.put(tag, s);
        return s;
    }

    /** {@code areTagsExpired}: the first tag with {@code expired <= now && expired > timestamp}, or null. */
    @Override
    public String firstExpired(Collection<String> entryTags, long timestamp, long now) {
        for (String tag : entryTags) {
            TagState s = tags.get(tag);
            if (s != null && s.expired() != UNSET && s.expired() <= now && s.expired() > timestamp) return tag;
        }
        return null;
    }

    /** {@code areTagsStale}: the first tag with {@code stale > timestamp}, or null. */
    @Override
    public String firstStale(Collection<String> entryTags, long timestamp) {
        for (String tag : entryTags) {
            TagState s = tags.get(tag);
            if (s != null && s.stale() != UNSET && s.stale() > timestamp) return tag;
        }
        return null;
    }

    /** {@code getExpiration(softTags)}: the tag with the largest {@code expired}, or null when none is set. */
    @Override
    public String latestExpiredTag(Collection<String> softTags) {
        String best = null;
        long max = UNSET;
        for (String tag : softTags) {
            TagState s = tags.get(tag);
            if (s != null && s.expired() > max) {
                max = s.expired();
                best = tag;
            }
        }
        return best;
    }

    @Override
    public Map<String, TagState> all() {
        return Collections.unmodifiableMap(tags);
    }
}
