package dev.cachelab.ui;

import dev.cachelab.ui.common.PngExport;
import javafx.scene.image.WritableImage;

import java.io.IOException;
import java.nio.file.Path;

/** Test screenshots go through the app's own PNG export. */
public final class Snapshots {

    private Snapshots() {
    }

    public static void writePng(WritableImage img, Path out) throws IOException {
        PngExport.write(img, out);
    }
}
