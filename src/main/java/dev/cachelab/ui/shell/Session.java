package dev.cachelab.ui.shell;

/**
 * What kind of session the window runs: a normal one, or one that must leave nothing of the user's behind
 * ({@code --fresh}, {@code --startup-probe}, a window embedded in a test) — no settings or progress read or
 * written, no log file. Set once by {@link CacheLabApp} at start.
 */
public final class Session {

    private static volatile boolean leaveNoTrace;

    private Session() {
    }

    static void start(boolean noTrace) {
        leaveNoTrace = noTrace;
    }

    public static boolean leavesNoTrace() {
        return leaveNoTrace;
    }
}
