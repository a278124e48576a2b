package dev.cachelab.ui.common;

import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes a scene (or a snapshot of it) as PNG, without javafx-swing; works with java.awt.headless. */
public final class PngExport {

    private PngExport() {
    }

    /** Snapshots {@code scene} (on the FX thread) and writes it to {@code out}. */
    public static void write(Scene scene, Path out) throws IOException {
        write(scene.snapshot(null), out);
    }

    public static void write(WritableImage img, Path out) throws IOException {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        bi.setRGB(0, 0, w, h, argb, 0, w);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".export-", ".png");
        try {
            if (!ImageIO.write(bi, "png", tmp.toFile())) throw new IOException("no PNG writer available");
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
