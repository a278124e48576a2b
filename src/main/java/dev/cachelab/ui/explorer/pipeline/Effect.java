package dev.cachelab.ui.explorer.pipeline;

/**
 * One visual effect of an event, as a function of its progress (FXGL's {@code Animation.onUpdate}): the animator
 * advances it from the explorer's frame clock, so a test can step it frame by frame, and {@link #end()} at any
 * moment leaves the picture exactly as a finished effect would.
 */
interface Effect {

    /** How long it lasts at normal motion, in ms of the explorer's clock. */
    double ms();

    /** Shows the effect at {@code progress}, 0 (start) to 1 (end). */
    void at(double progress);

    /** Removes what the effect added and restores what it moved. */
    void end();
}
