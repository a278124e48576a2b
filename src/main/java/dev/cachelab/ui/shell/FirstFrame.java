package dev.cachelab.ui.shell;

import javafx.stage.Window;

/**
 * Moved to {@link dev.cachelab.ui.common.FirstFrame}; kept for {@code ui.explorer} until the explorer redesign
 * imports {@code ui.common} (then this goes, with the cycle rule's exclusion in ArchitectureTest).
 */
@Deprecated
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void after(Window window, Runnable task) {
        dev.cachelab.ui.common.FirstFrame.after(window, task);
    }
}
