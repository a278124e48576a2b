package dev.cachelab.engine.app;

/**
 * What a function passes to {@code cacheLife()}: a profile name or an inline object whose missing fields
 * take the {@code default} profile's values (spec §1.3).
 */
public sealed interface CacheLifeSpec {

    record Named(String profile) implements CacheLifeSpec { }

    /** Inline object; a null field was left out. */
    record Inline(Long stale, Long revalidate, Long expire) implements CacheLifeSpec { }

    default String describe() {
        if (this instanceof Named n) return "'" + n.profile() + "'";
        Inline i = (Inline) this;
        StringBuilder b = new StringBuilder("{");
        if (i.stale() != null) b.append("stale: ").append(i.stale());
        if (i.revalidate() != null) b.append(b.length() > 1 ? ", " : "").append("revalidate: ").append(i.revalidate());
        if (i.expire() != null) b.append(b.length() > 1 ? ", " : "").append("expire: ").append(i.expire());
        return b.append("}").toString();
    }
}
