package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.event.EngineEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * Plays a step's events on screen. The view model hands over the events, a consumer that moves the picture for each
 * event, and what to do at the end (snap to the engine's state). {@link #finish} must end everything at once, in
 * the state the animation would have ended in.
 */
public interface StepAnimator {

    void play(List<EngineEvent> events, Consumer<EngineEvent> apply, Runnable done);

    void finish();

    /**
     * Moves the animation on by {@code ms} of the explorer's clock (wall time × playback speed). The explorer's one
     * frame loop calls it while a step plays, so animation and playback run on the same clock.
     */
    default void advance(double ms) {
    }

    /** No animation: every event applied at once (tests, reduced motion, no view). */
    StepAnimator IMMEDIATE = new StepAnimator() {
        @Override
        public void play(List<EngineEvent> events, Consumer<EngineEvent> apply, Runnable done) {
            events.forEach(apply);
            done.run();
        }

        @Override
        public void finish() {
        }
    };
}
