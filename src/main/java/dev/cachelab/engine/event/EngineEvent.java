package dev.cachelab.engine.event;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.state.RouteCopy;

import java.util.List;
import java.util.Map;

/**
 * Everything the engine does, as typed events with their virtual time ({@code at}, in ticks of
 * {@link dev.cachelab.engine.VirtualClock}). The explorer animates exactly these; the trace prints them.
 */
public sealed interface EngineEvent {

    long at();

    /** A short present-tense sentence for logs, timelines and screen readers. */
    String describe();

    /** The instance the event happened on (the records of server events carry it); null when none applies. */
    default String instance() {
        return null;
    }

    /**
     * Events of the server carry {@code instance}: the name of the {@code next start} process they happened on, or
     * null in a one-instance deployment and during {@code next build}, whose output every instance starts with.
     */
    static String on(String instance) {
        return instance == null ? "" : "[" + instance + "] ";
    }

    /** {@code shared}: the invalidation was also written to the tag store every instance reads (spec §7.3). */
    static String sharedNote(boolean shared) {
        return shared ? ", also in the shared tag store" : "";
    }

    record StepStarted(long at, int index, String kind, String description, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "step " + (index + 1) + ": " + description; }
    }

    record RequestStarted(long at, RequestKind kind, String url, String viewer, String instance) implements EngineEvent {
        public String describe() { return on(instance) + kind.label() + " " + url + (viewer != null ? " (" + viewer + ")" : ""); }
    }

    record CallMade(long at, String expression, CallSite site, String instance) implements EngineEvent {
        public String describe() { return on(instance) + site.label() + " calls " + expression; }
    }

    record DatabaseWritten(long at, int version, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "database write → version " + version; }
    }

    record TransactionRolledBack(long at, int version, String message, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "transaction fails (" + message + ") and rolls back to version " + version; }
    }

    /** An invalidation call is recorded as pending; nothing changes until the body ends (R7). */
    record InvalidationRecorded(long at, String tag, String profile, String expression, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "pending: " + tag + (profile != null ? " with profile " + profile : " (expire now)"); }
    }

    record TagMarkedStale(long at, String tag, Long expiresAt, String cause, String instance, boolean shared) implements EngineEvent {
        public String describe() { return on(instance) + "tag " + tag + " marked stale by " + cause + sharedNote(shared); }
    }

    record TagMarkedExpired(long at, String tag, String cause, String instance, boolean shared) implements EngineEvent {
        public String describe() { return on(instance) + "tag " + tag + " expired by " + cause + sharedNote(shared); }
    }

    record EntryHit(long at, String key, int version, String instance) implements EngineEvent {
        public String describe() { return on(instance) + key + ": hit (v" + version + ")"; }
    }

    record StaleServed(long at, String key, int version, String staleTag, String instance) implements EngineEvent {
        public String describe() { return on(instance) + key + ": stale v" + version + " served (tag " + staleTag + ")"; }
    }

    record EntryMiss(long at, String key, MissReason reason, String detail, String instance) implements EngineEvent {
        public String describe() { return on(instance) + key + ": miss — " + reason.explain(detail); }
    }

    /** The request waits while a body runs or a page regenerates. */
    record RequestBlocked(long at, String what, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "request waits for " + what; }
    }

    record BodyRan(long at, String key, RunMode mode, int version, String instance) implements EngineEvent {
        public String describe() { return on(instance) + key + " body runs (" + mode.label() + ") and reads v" + version; }
    }

    /** {@code stored} is false for an {@code expire: 0} entry, which production does not keep (spec §7.2). */
    record EntryStored(long at, String key, int version, List<String> tags, CacheLife life, boolean stored, String instance)
            implements EngineEvent {
        public String describe() { return on(instance) + (stored ? key + " stored (v" + version + ")" : key + " not stored (expire 0)"); }
    }

    record BackgroundRegenerationStarted(long at, String target, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "background regeneration of " + target + " starts"; }
    }

    record BackgroundRegenerationFinished(long at, String target, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "background regeneration of " + target + " done"; }
    }

    record RouteCacheRead(long at, String pathname, RouteCopy copy, RouteVerdict verdict, String tag, String instance)
            implements EngineEvent {
        public String describe() {
            return on(instance) + "route cache " + pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : "") + ": "
                    + verdict.label() + (tag != null ? " (tag " + tag + ")" : "");
        }
    }

    record RouteEntryStored(long at, String pathname, RouteCopy copy, Map<String, Integer> versions, String instance)
            implements EngineEvent {
        public String describe() { return on(instance) + "route entry " + pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : "") + " stored"; }
    }

    record ErrorThrown(long at, String message, String where, boolean caught, String instance) implements EngineEvent {
        public String describe() { return on(instance) + (caught ? "caught error in " : "error thrown in ") + where + ": " + message.lines().findFirst().orElse(""); }
    }

    /** A line the server prints (errors and warnings, R26). */
    record LogLine(long at, String text, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "log: " + text; }
    }

    record ClientCacheInvalidated(long at, String viewer, String reason) implements EngineEvent {
        public String describe() { return viewer + "'s client router cache emptied (" + reason + ")"; }
    }

    record ClientCacheServed(long at, String viewer, String url) implements EngineEvent {
        public String describe() { return viewer + "'s browser renders " + url + " from its client router cache"; }
    }

    record PageShown(long at, String viewer, String url, Map<String, Integer> versions, boolean errorPage, String instance)
            implements EngineEvent {
        public String describe() {
            return on(instance) + viewer + " sees " + (errorPage ? "the error page" : url + " " + versions);
        }
    }

    /** Many visitors' reads filled entries at once (the {@code traffic} step). */
    record TrafficServed(long at, String function, int entries, String instance) implements EngineEvent {
        public String describe() { return on(instance) + String.format("%,d entries of %s filled by visitors' reads", entries, function); }
    }

    record ResponseSent(long at, String url, int status, String routeCache, String instance) implements EngineEvent {
        public String describe() { return on(instance) + "response " + status + " for " + url + (routeCache != null ? " (x-nextjs-cache: " + routeCache + ")" : ""); }
    }
}
