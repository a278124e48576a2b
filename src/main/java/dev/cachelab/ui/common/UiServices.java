package dev.cachelab.ui.common;

import dev.cachelab.ui.theme.Motion;

/**
 * What the screens are handed rather than reach for globally: the window's motion scale and its dialogs. The
 * window makes one; headless commands, benchmarks and tests make their own (FXGL and JabRef pass services the same
 * way), so one run's settings never leak into another's.
 */
public record UiServices(Motion motion, ErrorDialogs dialogs) {

    /** No animation, no dialogs: problems go to the log and {@link ErrorDialogs#lastProblem()}. */
    public static UiServices headless() {
        return new UiServices(Motion.off(), ErrorDialogs.headless());
    }
}
