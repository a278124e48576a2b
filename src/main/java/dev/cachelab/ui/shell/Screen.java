package dev.cachelab.ui.shell;

/**
 * Moved to {@link dev.cachelab.ui.common.Screen}; kept for {@code ui.explorer} until the explorer redesign imports
 * {@code ui.common} (then this goes, with the cycle rule's exclusion in ArchitectureTest).
 */
@Deprecated
public interface Screen extends dev.cachelab.ui.common.Screen {
}
