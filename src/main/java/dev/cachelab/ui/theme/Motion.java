package dev.cachelab.ui.theme;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * The one motion-scale knob: every animation's duration is multiplied by it. 0 means no animation (tests, reduced
 * motion); 1 is normal; presenters may slow things down with values above 1.
 */
public final class Motion {

    private static final DoubleProperty SCALE = new SimpleDoubleProperty(1.0);

    private Motion() {
    }

    public static DoubleProperty scaleProperty() {
        return SCALE;
    }

    public static double scale() {
        return SCALE.get();
    }

    public static void setScale(double scale) {
        SCALE.set(Math.max(0, scale));
    }

    public static boolean reduced() {
        return SCALE.get() <= 0;
    }

    /** {@code ms} at normal speed, scaled; divided by a playback speed where one applies. */
    public static Duration of(double ms, double speed) {
        return Duration.millis(ms * scale() / Math.max(0.01, speed));
    }
}
