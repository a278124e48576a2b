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

    record StepStarted(long at, int index, String kind, String description) implements EngineEvent {
        public String describe() { return "step " + (index + 1) + ": " + description; }
    }

    record RequestStarted(long at, RequestKind kind, String url, String viewer) implements EngineEvent {
        public String describe() { return kind.label() + " " + url + (viewer != null ? " (" + viewer + ")" : ""); }
    }

    record CallMade(long at, String expression, CallSite site) implements EngineEvent {
        public String describe() { return site.label() + " calls " + expression; }
    }

    record DatabaseWritten(long at, int version) implements EngineEvent {
        public String describe() { return "database write → version " + version; }
    }

    record TransactionRolledBack(long at, int version, String message) implements EngineEvent {
        public String describe() { return "transaction fails (" + message + ") and rolls back to version " + version; }
    }

    /** An invalidation call is recorded as pending; nothing changes until the body ends (R7). */
    record InvalidationRecorded(long at, String tag, String profile, String expression) implements EngineEvent {
        public String describe() { return "pending: " + tag + (profile != null ? " with profile " + profile : " (expire now)"); }
    }

    record TagMarkedStale(long at, String tag, Long expiresAt, String cause) implements EngineEvent {
        public String describe() { return "tag " + tag + " marked stale by " + cause; }
    }

    record TagMarkedExpired(long at, String tag, String cause) implements EngineEvent {
        public String describe() { return "tag " + tag + " expired by " + cause; }
    }

    record EntryHit(long at, String key, int version) implements EngineEvent {
        public String describe() { return key + ": hit (v" + version + ")"; }
    }

    record StaleServed(long at, String key, int version, String staleTag) implements EngineEvent {
        public String describe() { return key + ": stale v" + version + " served (tag " + staleTag + ")"; }
    }

    record EntryMiss(long at, String key, MissReason reason, String detail) implements EngineEvent {
        public String describe() { return key + ": miss — " + reason.explain(detail); }
    }

    /** The request waits while a body runs or a page regenerates. */
    record RequestBlocked(long at, String what) implements EngineEvent {
        public String describe() { return "request waits for " + what; }
    }

    record BodyRan(long at, String key, RunMode mode, int version) implements EngineEvent {
        public String describe() { return key + " body runs (" + mode.label() + ") and reads v" + version; }
    }

    /** {@code stored} is false for an {@code expire: 0} entry, which production does not keep (spec §7.2). */
    record EntryStored(long at, String key, int version, List<String> tags, CacheLife life, boolean stored)
            implements EngineEvent {
        public String describe() { return stored ? key + " stored (v" + version + ")" : key + " not stored (expire 0)"; }
    }

    record BackgroundRegenerationStarted(long at, String target) implements EngineEvent {
        public String describe() { return "background regeneration of " + target + " starts"; }
    }

    record BackgroundRegenerationFinished(long at, String target) implements EngineEvent {
        public String describe() { return "background regeneration of " + target + " done"; }
    }

    record RouteCacheRead(long at, String pathname, RouteCopy copy, RouteVerdict verdict, String tag)
            implements EngineEvent {
        public String describe() {
            return "route cache " + pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : "") + ": "
                    + verdict.label() + (tag != null ? " (tag " + tag + ")" : "");
        }
    }

    record RouteEntryStored(long at, String pathname, RouteCopy copy, Map<String, Integer> versions)
            implements EngineEvent {
        public String describe() { return "route entry " + pathname + (copy == RouteCopy.REFRESH ? " (refresh copy)" : "") + " stored"; }
    }

    record ErrorThrown(long at, String message, String where, boolean caught) implements EngineEvent {
        public String describe() { return (caught ? "caught error in " : "error thrown in ") + where + ": " + message.lines().findFirst().orElse(""); }
    }

    /** A line the server prints (errors and warnings, R26). */
    record LogLine(long at, String text) implements EngineEvent {
        public String describe() { return "log: " + text; }
    }

    record ClientCacheInvalidated(long at, String viewer, String reason) implements EngineEvent {
        public String describe() { return viewer + "'s client router cache emptied (" + reason + ")"; }
    }

    record ClientCacheServed(long at, String viewer, String url) implements EngineEvent {
        public String describe() { return viewer + "'s browser renders " + url + " from its client router cache"; }
    }

    record PageShown(long at, String viewer, String url, Map<String, Integer> versions, boolean errorPage)
            implements EngineEvent {
        public String describe() {
            return viewer + " sees " + (errorPage ? "the error page" : url + " " + versions);
        }
    }

    /** Many visitors' reads filled entries at once (the {@code traffic} step). */
    record TrafficServed(long at, String function, int entries) implements EngineEvent {
        public String describe() { return String.format("%,d entries of %s filled by visitors' reads", entries, function); }
    }

    record ResponseSent(long at, String url, int status, String routeCache) implements EngineEvent {
        public String describe() { return "response " + status + " for " + url + (routeCache != null ? " (x-nextjs-cache: " + routeCache + ")" : ""); }
    }
}
