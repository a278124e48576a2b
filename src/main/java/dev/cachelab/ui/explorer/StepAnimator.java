package dev.cachelab.ui.explorer;

import dev.cachelab.engine.event.EngineEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * Plays a step's events on screen. The view model hands over the events, a consumer that moves the picture for each
 * event, and what to do at the end (snap to the engine's state). {@link #finish} must end everything at once.
 */
public interface StepAnimator {

    void play(List<EngineEvent> events, Consumer<EngineEvent> apply, Runnable done);

    void finish();

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
