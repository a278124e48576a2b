package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.event.RequestKind;
import dev.cachelab.engine.event.RouteVerdict;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.ui.explorer.StepAnimator;
import dev.cachelab.ui.theme.Motion;
import javafx.animation.Animation;
import javafx.animation.SequentialTransition;
import javafx.scene.Node;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Plays a step's events one after another on the {@link PipelineView}: each event first moves the picture (the
 * model), then gets its effect — a token travelling between actors, a pulse, a shake. {@link #finish} cuts it short:
 * the effects stop, the remaining events are applied and the step ends, so the picture always matches the engine.
 */
public final class PipelineAnimator implements StepAnimator {

    /** Above this many effects in one step, each is shortened so a step still plays in a few seconds. */
    private static final int BUSY = 24;

    private final PipelineView view;
    private final DoubleSupplier speed;
    private final Set<Node> touched = new HashSet<>();
    private List<EngineEvent> events;
    private Consumer<EngineEvent> apply;
    private Runnable done;
    private int next;
    private Animation current;
    private double compression = 1;

    public PipelineAnimator(PipelineView view, DoubleSupplier speed) {
        this.view = view;
        this.speed = speed;
    }

    @Override
    public void play(List<EngineEvent> events, Consumer<EngineEvent> apply, Runnable done) {
        finish();
        if (Motion.reduced()) {
            events.forEach(apply);
            done.run();
            return;
        }
        this.events = events;
        this.apply = apply;
        this.done = done;
        this.next = 0;
        long effects = events.stream().filter(PipelineAnimator::hasEffect).count();
        compression = effects > BUSY ? BUSY / (double) effects : 1;
        advance();
    }

    @Override
    public void finish() {
        if (events == null) return;
        if (current != null) {
            current.setOnFinished(null);
            current.stop();
            current = null;
        }
        while (next < events.size()) apply.accept(events.get(next++));
        cleanUp();
        end();
    }

    private void advance() {
        while (events != null && next < events.size()) {
            EngineEvent e = events.get(next++);
            apply.accept(e);
            Animation a = effect(e);
            if (a != null) {
                SequentialTransition wrapper = new SequentialTransition(a);
                wrapper.setOnFinished(x -> {
                    current = null;
                    advance();
                });
                current = wrapper;
                wrapper.play();
                return;
            }
        }
        if (events != null) end();
    }

    private void end() {
        Runnable d = done;
        events = null;
        apply = null;
        done = null;
        if (d != null) d.run();
    }

    private void cleanUp() {
        view.overlay().getChildren().clear();
        for (Node n : touched) {
            n.setScaleX(1);
            n.setScaleY(1);
            n.setTranslateX(0);
        }
        touched.clear();
    }

    private static boolean hasEffect(EngineEvent e) {
        return e instanceof EngineEvent.RequestStarted || e instanceof EngineEvent.DatabaseWritten
                || e instanceof EngineEvent.TransactionRolledBack || e instanceof EngineEvent.TagMarkedStale
                || e instanceof EngineEvent.TagMarkedExpired || e instanceof EngineEvent.EntryHit
                || e instanceof EngineEvent.StaleServed || e instanceof EngineEvent.BodyRan
                || e instanceof EngineEvent.RouteCacheRead || e instanceof EngineEvent.PageShown
                || e instanceof EngineEvent.ResponseSent || e instanceof EngineEvent.ErrorThrown
                || e instanceof EngineEvent.CallMade || e instanceof EngineEvent.EntryStored;
    }

    private double pace() {
        return speed.getAsDouble() / compression;
    }

    private Animation travel(Node from, Node to, String style) {
        return Animations.travel(view.overlay(), view.centre(from), view.centre(to), style, pace());
    }

    private Animation pulse(Node n) {
        touched.add(n);
        return Animations.pulse(n, pace());
    }

    private Animation effect(EngineEvent e) {
        if (e instanceof EngineEvent.RequestStarted r) {
            Node from = switch (r.kind()) {
                case HTTP_GET, ROUTE_HANDLER -> view.visitorNode();
                case ACTION_RENDER, REDIRECT_RENDER -> null;
                default -> Step.USER.equals(r.viewer()) || r.viewer() == null ? view.userNode() : view.visitorNode();
            };
            return from == null ? pulse(view.serverNode()) : travel(from, view.serverNode(),
                    r.kind() == RequestKind.SERVER_ACTION || r.kind() == RequestKind.ROUTE_HANDLER ? "token-write" : "token-request");
        }
        if (e instanceof EngineEvent.CallMade) return pulse(view.serverNode());
        if (e instanceof EngineEvent.DatabaseWritten) return travel(view.serverNode(), view.dbNode(), "token-write");
        if (e instanceof EngineEvent.TransactionRolledBack) {
            touched.add(view.dbNode());
            return Animations.shake(view.dbNode(), pace());
        }
        if (e instanceof EngineEvent.TagMarkedStale || e instanceof EngineEvent.TagMarkedExpired) {
            return travel(view.serverNode(), view.tagsNode(), "token-invalidate");
        }
        if (e instanceof EngineEvent.EntryHit h) return travel(view.entryNode(h.key()), view.serverNode(), "token-hit");
        if (e instanceof EngineEvent.StaleServed s) return travel(view.entryNode(s.key()), view.serverNode(), "token-stale");
        if (e instanceof EngineEvent.BodyRan b) return travel(view.dbNode(), view.entryNode(b.key()), "token-read");
        if (e instanceof EngineEvent.EntryStored s) return pulse(view.entryNode(s.key()));
        if (e instanceof EngineEvent.RouteCacheRead r) {
            String style = r.verdict() == RouteVerdict.HIT ? "token-hit" : r.verdict() == RouteVerdict.STALE
                    || r.verdict() == RouteVerdict.EXPIRED_SHELL ? "token-stale" : "token-miss";
            return travel(view.routeNode(r.pathname(), r.copy() == RouteCopy.REFRESH), view.serverNode(), style);
        }
        if (e instanceof EngineEvent.PageShown p) {
            return Step.USER.equals(p.viewer()) ? travel(view.serverNode(), view.userNode(), "token-page") : null;
        }
        if (e instanceof EngineEvent.ResponseSent) return travel(view.serverNode(), view.visitorNode(), "token-page");
        if (e instanceof EngineEvent.ErrorThrown err && !err.caught()) {
            touched.add(view.serverNode());
            return Animations.shake(view.serverNode(), pace());
        }
        return null;
    }
}
