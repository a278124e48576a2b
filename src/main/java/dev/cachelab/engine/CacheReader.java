package dev.cachelab.engine;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.FunctionDef;
import dev.cachelab.engine.event.CallSite;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.MissReason;
import dev.cachelab.engine.event.RunMode;
import dev.cachelab.engine.rules.Messages;
import dev.cachelab.engine.rules.TagRules;
import dev.cachelab.engine.state.CacheEntry;
import dev.cachelab.engine.state.CacheKey;
import dev.cachelab.engine.state.Output;
import dev.cachelab.engine.state.TagsManifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and fills {@code 'use cache'} entries: the read decision (R10, R11), body runs and background work (R12). */
final class CacheReader {

    private final EngineState s;

    CacheReader(EngineState state) {
        this.s = state;
    }

    private record Verdict(Kind kind, MissReason reason, String tag) {
        enum Kind { HIT, STALE, MISS }
    }

    /** Reads {@code fn(args)} for {@code ctx}; throws {@link NextError} when the body throws (R30). */
    Output read(String fn, List<String> args, ReadContext ctx) {
        FunctionDef f = s.app.function(fn);
        String key = CacheKey.of(fn, args);
        CacheEntry entry = ctx.store().get(key);
        long now = s.clock.tick();
        Verdict v = judge(entry, ctx, now);
        CacheEntry used;
        switch (v.kind()) {
            case HIT -> {
                s.emit(new EngineEvent.EntryHit(now, key, entry.output().version(), s.inst()));
                used = entry;
            }
            case STALE -> {
                if (ctx.mode() == ReadContext.Mode.FILL) {
                    // R12: a stale entry read while filling is regenerated in the foreground (spec §1.5)
                    s.emit(new EngineEvent.EntryMiss(now, key, MissReason.STALE_WHILE_FILLING, v.tag(), s.inst()));
                    used = run(f, args, ctx, ctx.build() ? RunMode.BUILD : RunMode.FILL);
                } else {
                    // R12: serve the old output and regenerate once, in the background (spec §4.2)
                    s.emit(new EngineEvent.StaleServed(now, key, entry.output().version(), v.tag(), s.inst()));
                    used = entry;
                    ReadContext bg = ctx.background();
                    s.queueBackground("entry " + key, () -> {
                        s.emit(new EngineEvent.BackgroundRegenerationStarted(s.clock.tick(), key, s.inst()));
                        run(f, args, bg, RunMode.BACKGROUND);
                        s.emit(new EngineEvent.BackgroundRegenerationFinished(s.clock.tick(), key, s.inst()));
                    });
                }
            }
            default -> {
                s.emit(new EngineEvent.EntryMiss(now, key, v.reason(), v.tag(), s.inst()));
                RunMode mode = ctx.build() ? RunMode.BUILD
                        : ctx.mode() == ReadContext.Mode.REQUEST ? RunMode.BLOCKING : RunMode.FILL;
                if (mode == RunMode.BLOCKING) s.emit(new EngineEvent.RequestBlocked(s.clock.tick(), key, s.inst()));
                used = run(f, args, ctx, mode);
            }
        }
        ctx.sink().add(used.tags(), used.life());
        return used.output();
    }

    /** R10, in order; R11 applies only while an action's response renders. */
    private Verdict judge(CacheEntry e, ReadContext ctx, long now) {
        if (e == null) return new Verdict(Verdict.Kind.MISS, MissReason.NO_ENTRY, null);
        // R6: past revalidate the default handler reports the entry missing; no stale serving by age
        if (s.clock.nowMs() - VirtualClock.msOf(e.timestamp()) > e.life().revalidate() * 1000) {
            return new Verdict(Verdict.Kind.MISS, MissReason.AGED_OUT, null);
        }
        // R10.3: areTagsExpired
        // FINDINGS Several instances: the 'use cache' handler's tags are the instance's own, or the shared store's
        TagsManifest tags = s.current.useCacheManifest();
        String expired = tags.firstExpired(e.tags(), e.timestamp(), now);
        if (expired != null) return new Verdict(Verdict.Kind.MISS, MissReason.TAG_EXPIRED, expired);
        // R10.4: soft tags of the reading page, getExpiration(softTags) >= timestamp
        String soft = tags.latestExpiredTag(ctx.softTags());
        if (soft != null && e.timestamp() <= tags.get(soft).expired()) {
            return new Verdict(Verdict.Kind.MISS, MissReason.SOFT_TAG_EXPIRED, soft);
        }
        // R11: read-your-own-writes inside the action's own requests, any profile
        for (PendingRevalidation p : ctx.actionTags()) {
            if (p.calledAt() > e.timestamp() && (e.tags().contains(p.tag()) || ctx.softTags().contains(p.tag()))) {
                return new Verdict(Verdict.Kind.MISS, MissReason.DISCARDED_BY_ACTION, p.tag());
            }
        }
        // R10.6: areTagsStale
        String stale = tags.firstStale(e.tags(), e.timestamp());
        if (stale != null) return new Verdict(Verdict.Kind.STALE, null, stale);
        return new Verdict(Verdict.Kind.HIT, null, null);
    }

    /** Runs a body (R12 "miss"): timestamp first (spec §7.1), nested reads as fills (R5), then tags and life. */
    CacheEntry run(FunctionDef f, List<String> args, ReadContext ctx, RunMode mode) {
        String key = CacheKey.of(f.name(), args);
        long ts = s.clock.tick();
        long runId = s.nextRunId();
        if (!ctx.build()) s.scope.recordRun(f.name(), runId);
        runBodyCalls(f, args, ctx);
        int version = s.db.version();
        s.emit(new EngineEvent.BodyRan(s.clock.tick(), key, mode, version, s.inst()));

        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < f.params().size() && i < args.size(); i++) params.put(f.params().get(i), args.get(i));
        ReadContext.Collector nested = new ReadContext.Collector();
        ReadContext innerCtx = ctx.fillInto(nested);
        Map<String, Output> inner = new LinkedHashMap<>();
        for (CallExpr call : f.calls()) inner.put(call.function(), read(call.function(), call.resolve(params), innerCtx));

        List<String> expanded = new ArrayList<>(f.tags().size());
        for (String t : f.tags()) expanded.add(TagRules.expand(t, f.params(), args));
        TagRules.Validated validated = TagRules.validateCacheTags(expanded);
        if (!ctx.build()) validated.logs().forEach(s::log); // R4: printed on every run
        Set<String> tags = new LinkedHashSet<>(validated.tags());
        tags.addAll(nested.tags); // R5: inner tags propagate, without duplicates

        CacheLife life = f.cacheLife() != null
                ? s.app.profiles().resolve(f.cacheLife()) // R31: an explicit cacheLife wins outright
                : nested.minLife == null ? s.app.profiles().defaultProfile()
                : s.app.profiles().defaultProfile().min(nested.minLife); // R31: default lowered by nested caches

        Output out = new Output(f.name(), List.copyOf(args), version, runId, ts, inner);
        CacheEntry entry = new CacheEntry(key, f.name(), List.copyOf(args), out, ts, List.copyOf(tags), life);
        boolean stored = life.expire() != 0; // spec §7.2: production skips storing expire-0 entries
        if (stored) ctx.store().put(entry);
        s.emit(new EngineEvent.EntryStored(s.clock.tick(), key, version, entry.tags(), life, stored, s.inst()));
        return entry;
    }

    /** R30: a write just writes; invalidations and refresh() throw inside a cached function. */
    private void runBodyCalls(FunctionDef f, List<String> args, ReadContext ctx) {
        for (Call c : f.body()) {
            s.emit(new EngineEvent.CallMade(s.clock.tick(), c.expression(), CallSite.USE_CACHE, s.inst()));
            if (c instanceof Call.Write) {
                s.emit(new EngineEvent.DatabaseWritten(s.clock.tick(), s.db.write(), s.inst()));
            } else if (c instanceof Call.Refresh) {
                throw new NextError(Messages.REFRESH_OUTSIDE_ACTION);
            } else if (c.isInvalidation()) {
                if (c instanceof Call.RevalidateTag rt && rt.profile() == null && !ctx.build()) {
                    s.log(Messages.REVALIDATE_TAG_SINGLE_ARG);
                }
                throw new NextError(Messages.insideCache(ctx.route(), RenderCalls.firstArgExpression(c)));
            }
        }
    }
}
