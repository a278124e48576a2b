package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.event.RunMode;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.ui.explorer.model.ServerModel;
import javafx.geometry.Point2D;
import javafx.scene.Node;

import java.util.List;
import java.util.Map;
import dev.cachelab.engine.event.CallSite;
import java.util.ArrayList;

/**
 * What each engine event looks like on the stage: every request, write, tag struck, hit, stale answer, regeneration
 * and response is a labelled token that travels along the wiring, in words (never a bare dot).
 */
final class EventEffects {

    private static final int LONGEST = 44;

    private final PipelineStage stage;
    private final Routes routes;
    /** Who is waiting for the current response: a person's screen or the outside callers. */
    private Node waiting;

    EventEffects(PipelineStage stage) {
        this.stage = stage;
        this.routes = new Routes(stage);
    }

    /** Whether {@code e} has an effect at all (the animator times a step from this before it starts). */
    static boolean hasEffect(EngineEvent e) {
        return !(e instanceof EngineEvent.StepStarted || e instanceof EngineEvent.EntryMiss
                || e instanceof EngineEvent.LogLine || e instanceof EngineEvent.RequestBlocked
                || e instanceof EngineEvent.BackgroundRegenerationFinished
                || e instanceof EngineEvent.BackgroundRegenerationStarted b && !b.target().startsWith("page "));
    }

    /** The effect of {@code e}, made now (so it starts from the picture as the earlier events left it), or null. */
    Effect of(EngineEvent e) {
        var layer = stage.tokens();
        InstancePlaces on = stage.places(e.instance());
        CachePlaces caches = on.caches();
        if (e instanceof EngineEvent.RequestStarted r) return request(r, on);
        if (e instanceof EngineEvent.CallMade c) {
            Point2D at = c.site() == CallSite.CLIENT_COMPONENT
                    ? stage.centre(stage.userNode()) : stage.lane(on.server(), on.server().laneShown());
            return Effects.stamp(layer, at, shorten(c.expression()), "call");
        }
        if (e instanceof EngineEvent.DatabaseWritten w) return Effects.travel(layer, routes.write(on), "write → v" + w.version(), "write");
        if (e instanceof EngineEvent.TransactionRolledBack t) {
            return Effects.together(List.of(Effects.shake(stage.databaseNode()),
                    Effects.stamp(layer, stage.centre(stage.databaseNode()), "rolled back → v" + t.version(), "error")));
        }
        if (e instanceof EngineEvent.InvalidationRecorded) return Effects.pulse(on.server());
        if (e instanceof EngineEvent.TagMarkedStale t) return strike(t.tag(), "stale: ", on, t.shared());
        if (e instanceof EngineEvent.TagMarkedExpired t) return strike(t.tag(), "expired: ", on, t.shared());
        if (e instanceof EngineEvent.EntryHit h) return fromCache(caches.entryNode(h.key()), "HIT v" + h.version(), "hit", on);
        if (e instanceof EngineEvent.StaleServed s) {
            return fromCache(caches.entryNode(s.key()), "STALE v" + s.version() + " served", "stale", on);
        }
        if (e instanceof EngineEvent.BodyRan b) {
            boolean background = b.mode() == RunMode.BACKGROUND;
            return Effects.travel(layer, routes.read(caches.entryNode(b.key())),
                    (background ? "regenerate in the background · v" : "read v") + b.version(), "read");
        }
        if (e instanceof EngineEvent.EntryStored s) return Effects.pulse(caches.entryNode(s.key()));
        if (e instanceof EngineEvent.BackgroundRegenerationStarted b && b.target().startsWith("page ")) {
            String rest = b.target().substring(5);
            boolean refresh = rest.endsWith(" (refresh copy)");
            String path = refresh ? rest.substring(0, rest.length() - " (refresh copy)".length()) : rest;
            return Effects.travel(layer, routes.toCache(caches.routeNode(path, refresh), on),
                    "regenerate " + path + " in the background", "read");
        }
        if (e instanceof EngineEvent.RouteCacheRead r) return routeRead(r, on);
        if (e instanceof EngineEvent.RouteEntryStored r) {
            return Effects.pulse(caches.routeNode(r.pathname(), r.copy() == RouteCopy.REFRESH));
        }
        if (e instanceof EngineEvent.PageShown p) {
            Node who = viewer(p.viewer());
            return Effects.travel(layer, Routes.reversed(routes.request(who, on)),
                    p.errorPage() ? "error page" : "page " + versions(p.versions()), p.errorPage() ? "error" : "page");
        }
        if (e instanceof EngineEvent.ResponseSent r) {
            Node to = waiting == null ? stage.visitorNode() : waiting;
            String text = "HTTP " + r.status() + (r.routeCache() != null ? " · " + r.routeCache() : "");
            return Effects.travel(layer, Routes.reversed(routes.request(to, on)), text, r.status() >= 500 ? "error" : "page");
        }
        if (e instanceof EngineEvent.ErrorThrown err) {
            String text = (err.caught() ? "caught: " : "throws: ") + shorten(err.message().lines().findFirst().orElse(""));
            Effect stamp = Effects.stamp(layer, stage.centre(on.server()), text, "error");
            return err.caught() ? stamp : Effects.together(List.of(Effects.shake(on.server()), stamp));
        }
        if (e instanceof EngineEvent.ClientCacheServed c) {
            return Effects.stamp(layer, stage.centre(viewer(c.viewer())), "from its router cache", "hit");
        }
        if (e instanceof EngineEvent.ClientCacheInvalidated c) {
            return Effects.stamp(layer, stage.centre(viewer(c.viewer())), "router cache emptied", "call");
        }
        if (e instanceof EngineEvent.TrafficServed t) {
            return Effects.together(List.of(Effects.pulse(caches.store()),
                    Effects.stamp(layer, stage.centre(caches.store()), String.format("%,d visitors' reads", t.entries()), "read")));
        }
        return null;
    }

    private Effect request(EngineEvent.RequestStarted r, InstancePlaces on) {
        var layer = stage.tokens();
        if (r.kind() == RequestKind.ACTION_RENDER || r.kind() == RequestKind.REDIRECT_RENDER) {
            return Effects.stamp(layer, stage.lane(on.server(), ServerModel.Lane.RENDER), "render " + r.url(), "request");
        }
        Node from = switch (r.kind()) {
            case HTTP_GET -> stage.visitorNode();
            case ROUTE_HANDLER -> stage.callersNode();
            default -> viewer(r.viewer());
        };
        waiting = from;
        String text = switch (r.kind()) {
            case HTTP_GET, FULL_LOAD -> "GET " + r.url();
            case RSC_REFRESH -> "router.refresh() " + r.url();
            case RSC_NAVIGATION -> "<Link> " + r.url();
            case SERVER_ACTION -> "POST Server Action";
            case ROUTE_HANDLER -> "POST " + r.url();
            default -> r.url();
        };
        boolean writes = r.kind() == RequestKind.SERVER_ACTION || r.kind() == RequestKind.ROUTE_HANDLER;
        String where = stage.isMulti() ? " → " + on.name() : "";
        return Effects.travel(layer, routes.request(from, on), shorten(text) + where, writes ? "write" : "request");
    }

    private Effect routeRead(EngineEvent.RouteCacheRead r, InstancePlaces on) {
        String path = r.pathname() + (r.copy() == RouteCopy.REFRESH ? " (2nd copy)" : "");
        String text = switch (r.verdict()) {
            case HIT -> "HIT " + path;
            case STALE -> "STALE " + path + ": old page sent";
            case MISS -> "MISS " + path;
            case EXPIRED_SHELL -> "expired " + path + ": old shell sent";
            case NOT_FOUND_FULL_LOAD -> "404 " + path;
        };
        String kind = switch (r.verdict()) {
            case HIT -> "hit";
            case STALE, EXPIRED_SHELL -> "stale";
            default -> "miss";
        };
        return fromCache(on.caches().routeNode(r.pathname(), r.copy() == RouteCopy.REFRESH), text, kind, on);
    }

    /** A tag struck in the manifest of the instance that received the call, and in the shared store when there is one. */
    private Effect strike(String tag, String what, InstancePlaces on, boolean shared) {
        Node chip = on.caches().tagNode(tag);
        List<Effect> parts = new ArrayList<>(List.of(
                Effects.travel(stage.tokens(), routes.toManifest(chip, on), shorten(what + tag), "invalidate"), Effects.pulse(chip)));
        if (shared && stage.isMulti()) {
            Node sharedChip = stage.sharedTags().node(tag);
            parts.add(Effects.travel(stage.tokens(), routes.toManifest(sharedChip, on), "shared store: " + what + tag, "invalidate"));
        }
        return Effects.together(parts);
    }

    private Effect fromCache(Node source, String text, String kind, InstancePlaces on) {
        return Effects.travel(stage.tokens(), Routes.reversed(routes.toCache(source, on)), shorten(text), kind);
    }

    private Node viewer(String viewer) {
        return viewer == null || viewer.equals(Step.USER) ? stage.userNode() : stage.visitorNode();
    }

    private static String versions(Map<String, Integer> versions) {
        StringBuilder b = new StringBuilder();
        for (int v : versions.values()) b.append(b.length() == 0 ? "v" : " · v").append(v);
        return b.toString();
    }

    /** Long calls and paths are cut in the middle of the token, never the meaning: the full text is in Events. */
    static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
    }
}
