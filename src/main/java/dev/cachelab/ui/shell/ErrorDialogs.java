package dev.cachelab.ui.shell;

/**
 * Moved to {@link dev.cachelab.ui.common.ErrorDialogs}; kept for {@code ui.explorer} until the explorer redesign
 * imports {@code ui.common} (then this goes, with the cycle rule's exclusion in ArchitectureTest).
 */
@Deprecated
public final class ErrorDialogs {

    private ErrorDialogs() {
    }

    public static void problem(String title, String message) {
        dev.cachelab.ui.common.ErrorDialogs.problem(title, message);
    }
}
