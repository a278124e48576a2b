package dev.cachelab.ui.shell;

import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Moved to {@link dev.cachelab.ui.common.PngExport}; kept for {@code ui.explorer} until the explorer redesign
 * imports {@code ui.common} (then this goes, with the cycle rule's exclusion in ArchitectureTest).
 */
@Deprecated
public final class PngExport {

    private PngExport() {
    }

    public static void write(Scene scene, Path out) throws IOException {
        dev.cachelab.ui.common.PngExport.write(scene, out);
    }
}
