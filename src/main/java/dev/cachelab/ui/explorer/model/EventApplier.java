package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.state.Freshness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.state.RouteCopy;

/** How each engine event moves the pipeline's picture while a step plays (then {@link PipelineModel#snap} settles it). */
final class EventApplier {

    private final PipelineModel m;
    /** The instance the event happened on. */
    private final InstanceModel in;

    EventApplier(PipelineModel model, InstanceModel instance) {
        this.m = model;
        this.in = instance;
    }

    void apply(EngineEvent e) {
        if (e instanceof EngineEvent.StepStarted) {
            in.setServer(ServerModel.IDLE);
            m.logs().clear();
        } else if (e instanceof EngineEvent.RequestStarted r) {
            request(r);
        } else if (e instanceof EngineEvent.CallMade c) {
            ServerModel s = in.server();
            if (s.lane() == ServerModel.Lane.IDLE) s = s.withContext(c.site().label());
            in.setServer(s.withCall(c.expression()));
        } else if (e instanceof EngineEvent.InvalidationRecorded i) {
            in.setServer(in.server().withPending(i.tag()));
        } else if (e instanceof EngineEvent.ErrorThrown err) {
            in.setServer(in.server().withError((err.caught() ? "caught: " : "") + err.message().lines().findFirst().orElse("")));
        } else if (e instanceof EngineEvent.DatabaseWritten w) {
            m.setDb(w.version(), "write → v" + w.version());
        } else if (e instanceof EngineEvent.TransactionRolledBack t) {
            m.setDb(t.version(), "rolled back to v" + t.version());
        } else if (e instanceof EngineEvent.TagMarkedStale t) {
            mark(t.tag(), Freshness.STALE, t.at(), t.shared());
            tagRow(t.tag(), "stale", Snapshots.seconds(t.at()), t.expiresAt() == null ? "—" : "later", t.cause(), t.shared());
        } else if (e instanceof EngineEvent.TagMarkedExpired t) {
            mark(t.tag(), Freshness.EXPIRED, t.at(), t.shared());
            tagRow(t.tag(), "expired", "—", Snapshots.seconds(t.at()), t.cause(), t.shared());
        } else if (e instanceof EngineEvent.EntryHit h) {
            activity(h.key(), "HIT");
        } else if (e instanceof EngineEvent.StaleServed s) {
            activity(s.key(), "STALE served");
        } else if (e instanceof EngineEvent.EntryMiss miss) {
            activity(miss.key(), "MISS");
        } else if (e instanceof EngineEvent.BodyRan b) {
            EntryCardModel c = in.ensureEntry(b.key());
            c.regeneratingProperty().set(true);
            c.activityProperty().set("running (" + b.mode().label() + ")");
        } else if (e instanceof EngineEvent.EntryStored s) {
            EntryCardModel c = in.ensureEntry(s.key());
            if (!c.isGroup()) c.fill(s.version(), s.tags(), s.life(), VirtualClock.msOf(s.at()));
            c.freshnessProperty().set(Freshness.FRESH);
            c.reasonProperty().set("");
            c.regeneratingProperty().set(false);
            c.activityProperty().set(s.stored() ? "stored v" + s.version() : "not stored (expire 0)");
        } else if (e instanceof EngineEvent.BackgroundRegenerationStarted b) {
            regenerating(b.target(), true);
        } else if (e instanceof EngineEvent.BackgroundRegenerationFinished b) {
            regenerating(b.target(), false);
        } else if (e instanceof EngineEvent.RouteCacheRead r) {
            routeAnswered(r);
            RouteCardModel c = in.ensureRoute(r.pathname(), r.copy());
            c.activityProperty().set(r.verdict().header() != null ? r.verdict().header() : r.verdict().name().replace('_', ' '));
        } else if (e instanceof EngineEvent.RouteEntryStored r) {
            RouteCardModel c = in.ensureRoute(r.pathname(), r.copy());
            c.showsProperty().set(Snapshots.versionText(r.versions()));
            c.freshnessProperty().set(Freshness.FRESH);
            c.reasonProperty().set("");
            c.originProperty().set("rendered at " + Snapshots.seconds(r.at()));
            c.regeneratingProperty().set(false);
        } else if (e instanceof EngineEvent.PageShown p) {
            shown(p);
        } else if (e instanceof EngineEvent.ResponseSent r) {
            ServerModel s = in.server();
            if (r.status() >= 500 && s.error().isEmpty()) in.setServer(s.withError("HTTP " + r.status()));
            m.answered(r);
        } else if (e instanceof EngineEvent.LogLine l) {
            m.logs().add(l.text());
        } else if (e instanceof EngineEvent.ClientCacheInvalidated c) {
            ViewerModel u = m.user();
            m.setUser(new ViewerModel(u.who(), u.url(), u.lines(), u.errorPage(), "router cache emptied (" + c.reason() + ")"));
        }
    }

    /**
     * The instance that received the call marks its entries and its pages; with a shared tag store, the other
     * instances' {@code 'use cache'} entries are judged by it too, but their route caches are not (spec §7.3).
     */
    private void mark(String tag, Freshness state, long at, boolean shared) {
        in.markTag(tag, state, at, true, true);
        if (!shared) return;
        for (InstanceModel other : m.instances()) if (other != in) other.markTag(tag, state, at, true, false);
    }

    private void tagRow(String tag, String state, String stale, String expired, String cause, boolean shared) {
        TagModel row = new TagModel(tag, state, stale, expired, "now: " + cause);
        if (shared) m.markShared(row);
        for (int i = 0; i < in.tags().size(); i++) {
            if (in.tags().get(i).tag().equals(tag)) {
                in.tags().set(i, row);
                return;
            }
        }
        in.tags().add(row);
    }

    private void request(EngineEvent.RequestStarted r) {
        ServerModel s = in.server();
        String context = switch (r.kind()) {
            case SERVER_ACTION -> "Server Action on " + r.url();
            case ROUTE_HANDLER -> "Route Handler " + r.url();
            case ACTION_RENDER -> "the action's response: render " + r.url();
            case REDIRECT_RENDER -> "redirect: render " + r.url();
            default -> "render " + r.url();
        };
        ServerModel.Lane lane = switch (r.kind()) {
            case SERVER_ACTION -> ServerModel.Lane.ACTION;
            case ROUTE_HANDLER -> ServerModel.Lane.HANDLER;
            default -> ServerModel.Lane.RENDER;
        };
        boolean keep = r.kind() == RequestKind.ACTION_RENDER || r.kind() == RequestKind.REDIRECT_RENDER;
        in.setServer(keep ? s.withLane(lane, r.url(), s.context() + " → " + context)
                : new ServerModel(lane, r.url(), context, List.of(), List.of(), ""));
    }

    /**
     * A prerendered page is answered by the route cache: the server says what really happened — nothing rendered
     * on a HIT, the old page sent on a STALE, a render while the request waits on a MISS (R15, R16, R35).
     */
    private void routeAnswered(EngineEvent.RouteCacheRead r) {
        ServerModel s = in.server();
        String rendering = "render " + r.pathname();
        if (!s.context().endsWith(rendering)) return;
        String page = r.pathname() + (r.copy() == RouteCopy.REFRESH ? " (refresh copy)" : "");
        String what = switch (r.verdict()) {
            case HIT -> "the route cache answered " + page + " (HIT): nothing rendered";
            case STALE -> "the route cache sent the old " + page + " (STALE); it regenerates in the background";
            case MISS -> "render " + page + " while the request waits (route cache MISS)";
            case EXPIRED_SHELL -> "sent " + page + "'s prerendered shell with the old data; it regenerates in the background";
            case NOT_FOUND_FULL_LOAD -> page + " expired: 404, the browser falls back to a full page load";
        };
        String context = s.context().substring(0, s.context().length() - rendering.length()) + what;
        in.setServer(s.withContext(context));
    }

    private void activity(String key, String text) {
        EntryCardModel c = in.cardFor(key);
        if (c != null) c.activityProperty().set(text);
    }

    private void regenerating(String target, boolean on) {
        EntryCardModel c = in.cardFor(target);
        if (c != null) {
            c.regeneratingProperty().set(on);
            if (on) c.activityProperty().set("regenerating in the background");
            return;
        }
        if (target.startsWith("page ")) {
            String rest = target.substring(5);
            boolean refresh = rest.endsWith(" (refresh copy)");
            String path = refresh ? rest.substring(0, rest.length() - " (refresh copy)".length()) : rest;
            RouteCardModel r = in.ensureRoute(path, refresh ? RouteCopy.REFRESH
                    : RouteCopy.MAIN);
            r.regeneratingProperty().set(on);
            if (on) r.activityProperty().set("regenerating in the background");
        }
    }

    private void shown(EngineEvent.PageShown p) {
        if (!p.viewer().equals(Step.USER)) {
            m.showVisitorNow();
            return;
        }
        List<ViewerModel.Line> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> v : p.versions().entrySet()) lines.add(new ViewerModel.Line(v.getKey(), v.getValue(), ""));
        ViewerModel u = m.user();
        m.setUser(new ViewerModel(u.who(), p.url(), lines, p.errorPage(), u.note()));
    }
}
