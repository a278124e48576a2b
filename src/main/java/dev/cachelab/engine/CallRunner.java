package dev.cachelab.engine;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.event.CallSite;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.rules.Messages;
import dev.cachelab.engine.rules.TagRules;
import dev.cachelab.engine.state.TagsManifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the calls of a Route Handler or Server Action body (R8, R19, R20, R29) and writes the tags manifest once
 * the body has ended (R7).
 */
final class CallRunner {

    private final EngineState s;

    CallRunner(EngineState state) {
        this.s = state;
    }

    /** Runs {@code body}; an escaping error is kept in {@code run.escaped}. The manifest is not written here. */
    void runBody(List<Call> body, CallSite site, HandlerRun run) {
        try {
            for (Call c : body) exec(c, site, run);
        } catch (NextError e) {
            run.escaped = e;
            s.emit(new EngineEvent.ErrorThrown(s.clock.tick(), e.getMessage(), site.label(), false, s.inst()));
        }
    }

    private void exec(Call c, CallSite site, HandlerRun run) {
        long at = s.clock.tick();
        s.emit(new EngineEvent.CallMade(at, c.expression(), site, s.inst()));
        if (c instanceof Call.Write) {
            s.emit(new EngineEvent.DatabaseWritten(s.clock.tick(), s.db.write(), s.inst()));
        } else if (c instanceof Call.UpdateTag u) {
            // R8, spec §3.1: only Server Actions; nothing is recorded when it throws
            if (site != CallSite.SERVER_ACTION) throw new NextError(Messages.UPDATE_TAG_OUTSIDE_ACTION);
            record(run, TagRules.encodeHeaderSafe(u.tag()), null, at, c.expression());
            run.clientRefreshing = true;
        } else if (c instanceof Call.RevalidateTag r) {
            if (r.profile() == null) {
                // R8, spec §4.3: deprecated one-argument form, warned on every call, then like updateTag
                s.log(Messages.REVALIDATE_TAG_SINGLE_ARG);
                run.clientRefreshing = true;
            } else if (expireOf(r.profile()).orElse(-1L) == 0) {
                run.clientRefreshing = true; // R8, spec §4.3: expire 0 also refreshes the client
            }
            record(run, TagRules.encodeHeaderSafe(r.tag()), r.profile(), at, c.expression());
        } else if (c instanceof Call.RevalidatePath p) {
            // R8, spec §5: one implicit tag (two for "/"), always without a profile
            TagRules.PathTags tags = TagRules.revalidatePathTags(p.path(), p.type());
            tags.warnings().forEach(s::log);
            for (String tag : tags.tags()) record(run, tag, null, at, c.expression());
            if (!tags.tags().isEmpty()) run.clientRefreshing = true;
        } else if (c instanceof Call.Refresh) {
            // R29, spec §6.2: only in a Server Action; records no tag
            if (site != CallSite.SERVER_ACTION) throw new NextError(Messages.REFRESH_OUTSIDE_ACTION);
            run.refreshCalled = true;
        } else if (c instanceof Call.Transaction t) {
            transaction(t, site, run);
        }
    }

    /** R20: the DB version goes back on failure; invalidations recorded inside stay pending. */
    private void transaction(Call.Transaction t, CallSite site, HandlerRun run) {
        int saved = s.db.version();
        NextError failure;
        try {
            for (Call inner : t.body()) exec(inner, site, run);
            if (t.fails() == null) return;
            failure = new NextError(t.fails());
        } catch (NextError e) {
            failure = e;
        }
        s.db.rollBackTo(saved);
        s.emit(new EngineEvent.TransactionRolledBack(s.clock.tick(), saved, failure.getMessage(), s.inst()));
        if (t.rethrow()) throw failure;
        s.emit(new EngineEvent.ErrorThrown(s.clock.tick(), failure.getMessage(), site.label(), true, s.inst()));
    }

    private void record(HandlerRun run, String tag, Call.TagProfile profile, long at, String expression) {
        run.pending.add(new PendingRevalidation(tag, profile, at, expression));
        s.emit(new EngineEvent.InvalidationRecorded(s.clock.tick(), tag, profile == null ? null : profile.describe(),
                expression, s.inst()));
    }

    private Optional<Long> expireOf(Call.TagProfile profile) {
        if (profile instanceof Call.ExpireProfile e) return Optional.ofNullable(e.expire());
        return s.app.profiles().find(((Call.NamedProfile) profile).name()).map(CacheLife::expire);
    }

    /**
     * R7: after the body, every pending invalidation is written at one instant {@code t}. No profile: expired = t.
     * A profile: stale = t and expired = t + expire. Spec §4.2 ({@code revalidation-utils.js}): the calls are grouped
     * by profile in the order each profile first appears, and the groups are written one after another; an unknown
     * profile name throws there, so neither its group nor any later group is written (R32). The error is returned,
     * not printed: how it is reported depends on who awaited the revalidations (R32; spec §4.2).
     */
    NextError writeManifest(HandlerRun run) {
        if (run.pending.isEmpty()) return null;
        long t = s.clock.tick();
        Map<String, List<PendingRevalidation>> groups = new LinkedHashMap<>();
        for (PendingRevalidation p : run.pending) groups.computeIfAbsent(groupKey(p.profile()), k -> new ArrayList<>()).add(p);
        for (List<PendingRevalidation> group : groups.values()) {
            Call.TagProfile profile = group.get(0).profile();
            Long expire = null;
            if (profile instanceof Call.NamedProfile n) {
                Optional<CacheLife> life = s.app.profiles().find(n.name());
                if (life.isEmpty()) {
                    s.emit(new EngineEvent.ErrorThrown(t, Messages.invalidProfile(n.name()), "pending revalidations", false, s.inst()));
                    return new NextError(Messages.invalidProfile(n.name()));
                }
                expire = life.get().expire();
            } else if (profile instanceof Call.ExpireProfile e) {
                expire = e.expire();
            }
            for (PendingRevalidation p : group) write(p, expire, t);
        }
        return null;
    }

    private void write(PendingRevalidation p, Long expire, long t) {
        if (p.expireNow()) {
            s.current.manifest.expireNow(p.tag(), t, p.expression(), s.scope.index);
            if (s.sharedTags != null) s.sharedTags.expireNow(p.tag(), t, p.expression(), s.scope.index);
            s.emit(new EngineEvent.TagMarkedExpired(t, p.tag(), p.expression(), s.inst(), s.sharedTags != null));
            return;
        }
        Long expiredAt = expire == null ? null : VirtualClock.plusSeconds(t, expire);
        TagsManifest.TagState state = s.current.manifest.markStale(p.tag(), t, expiredAt, p.expression(), s.scope.index);
        if (s.sharedTags != null) s.sharedTags.markStale(p.tag(), t, expiredAt, p.expression(), s.scope.index);
        if (state.expired() != TagsManifest.UNSET && state.expired() <= t) {
            s.emit(new EngineEvent.TagMarkedExpired(t, p.tag(), p.expression(), s.inst(), s.sharedTags != null));
        } else {
            s.emit(new EngineEvent.TagMarkedStale(t, p.tag(), expiredAt, p.expression(), s.inst(), s.sharedTags != null));
        }
    }

    /** Profiles group as in Next.js: the same name, an equal object, or no profile at all. */
    private static String groupKey(Call.TagProfile profile) {
        if (profile == null) return "none";
        if (profile instanceof Call.NamedProfile n) return "name:" + n.name();
        return "expire:" + ((Call.ExpireProfile) profile).expire();
    }
}
