package dev.cachelab.ui.common;

import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * "The window's first frame has been drawn", as one definition for the start-up probe and for work deferred until
 * after it: the second animation pulse after {@code WINDOW_SHOWN}. The first pulse lays out and renders the scene;
 * the next pulse starts once that render pass is done. Work run earlier (say, from the first pulse's post-layout
 * listener) competes with the first render on a 2-core machine and delays the frame it meant to leave alone.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code task} on the FX thread at the start of the pulse after {@code window}'s first frame. */
    public static void after(Window window, Runnable task) {
        if (window.isShowing()) {
            afterPulses(task);
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterPulses(task);
            }
        });
    }

    private static void afterPulses(Runnable task) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) return;
                stop();
                task.run();
            }
        }.start();
    }
}
