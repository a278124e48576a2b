package dev.cachelab.ui;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a JavaFX snapshot as PNG without javafx-swing (works with java.awt.headless). */
public final class Snapshots {

    private Snapshots() {
    }

    public static void writePng(WritableImage img, Path out) throws IOException {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        bi.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(bi, "png", out.toFile());
    }
}
