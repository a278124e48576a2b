package dev.cachelab.ui.explorer.pipeline;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Keeps the cards' share of a frame bounded. Every card a frame adds or restyles costs the JavaFX thread its CSS and
 * layout in that frame (on the 2-core build machine ≈3–7 ms to add an entry card, ≈0.3 ms to restyle one): a tag
 * striking 200 entries, or a page filling 200, would freeze one frame for a tenth of a second to a second. So each
 * frame takes at most {@link #BUDGET} units of card work (a change of a card's state {@value #CHANGE}, a new card
 * {@value #NEW_CARD}); what is over waits for the next frames, in the order it came, a later change of a card
 * replacing its earlier one. A few cards change at once, as before; 200 follow one another over a few frames, left to
 * right and top to bottom. With motion off (tests, snapshots, a reduced-motion user) everything applies at once.
 */
final class CardPacer {

    /** Units of card work per frame. */
    static final int BUDGET = 16;
    /** A card's state, version, tags or activity changing. */
    static final int CHANGE = 1;
    /** A card added to a grid. */
    static final int NEW_CARD = 8;

    private final DoubleSupplier motion;
    private final Map<Object, Work> queue = new LinkedHashMap<>();
    private int spent;
    private boolean running;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            spent = 0;
            if (queue.isEmpty()) {
                stop();
                running = false;
                return;
            }
            for (Work w : take()) w.change().run();
        }
    };

    private record Work(int cost, Runnable change) { }

    CardPacer(DoubleSupplier motion) {
        this.motion = motion;
    }

    /** Applies {@code change} to {@code card} now if this frame has room for {@code cost}, else in a later frame. */
    void submit(Object card, int cost, Runnable change) {
        if (motion.getAsDouble() <= 0) {
            flush();
            change.run();
            return;
        }
        if (queue.isEmpty() && spent + cost <= BUDGET) {
            spent += cost;
            change.run();
        } else {
            queue.put(card, new Work(cost, change)); // a later change replaces the earlier one, in its place
        }
        if (!running) {
            running = true;
            frames.start();
        }
    }

    /** Whether {@code card} has work waiting. */
    boolean pending(Object card) {
        return queue.containsKey(card);
    }

    /** Applies everything waiting, now. */
    void flush() {
        while (!queue.isEmpty()) {
            Iterator<Work> it = queue.values().iterator();
            Work w = it.next();
            it.remove();
            w.change().run();
        }
    }

    /** This frame's share of the queue (at least one piece of work, so a costly one never waits for ever). */
    private List<Work> take() {
        List<Work> batch = new ArrayList<>();
        Iterator<Work> it = queue.values().iterator();
        while (it.hasNext()) {
            Work w = it.next();
            if (!batch.isEmpty() && spent + w.cost() > BUDGET) break;
            spent += w.cost();
            batch.add(w);
            it.remove();
        }
        return batch;
    }
}
