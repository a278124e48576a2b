package dev.cachelab.ui.theme;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * The one global motion setting. Every animation in the app takes its duration through {@link #scaled(Duration)}
 * and starts through {@link #play(Animation)}: a scale of 1 is normal, 0.5 is calmer and quicker, 0 means no
 * animation at all (reduced motion: changes are shown at once). Others read {@link #scaleProperty()}.
 */
public final class Motion {

    /** Normal, reduced and none: the presets the View menu offers. */
    public static final double NORMAL = 1.0;
    public static final double REDUCED = 0.5;
    public static final double NONE = 0.0;

    public static final Duration SHORT = Duration.millis(150);
    public static final Duration MEDIUM = Duration.millis(300);
    public static final Duration LONG = Duration.millis(600);
    /** The one easing curve (ease-out), as AtlantaFX's Animations uses one shared EASE. */
    public static final Interpolator EASE = Interpolator.SPLINE(0.25, 0.1, 0.25, 1);

    private static final DoubleProperty SCALE = new SimpleDoubleProperty(NORMAL) {
        @Override
        public void set(double v) {
            super.set(Double.isNaN(v) ? NORMAL : Math.max(0, Math.min(1, v)));
        }
    };

    private Motion() {
    }

    /** 0 (no animation) to 1 (normal); values outside are clamped. */
    public static DoubleProperty scaleProperty() {
        return SCALE;
    }

    public static double scale() {
        return SCALE.get();
    }

    public static void setScale(double scale) {
        SCALE.set(scale);
    }

    /** True when animations are switched off. */
    public static boolean isOff() {
        return SCALE.get() <= 0;
    }

    /** {@code d} times the motion scale; {@link Duration#ZERO} when motion is off. */
    public static Duration scaled(Duration d) {
        return isOff() ? Duration.ZERO : d.multiply(SCALE.get());
    }

    /**
     * Plays {@code a}; when motion is off, stops it and applies {@code endState} at once instead (the state the
     * animation would have ended in, including what its on-finished handler does).
     */
    public static void play(Animation a, Runnable endState) {
        if (isOff()) {
            a.stop();
            endState.run();
        } else {
            a.playFromStart();
        }
    }
}
