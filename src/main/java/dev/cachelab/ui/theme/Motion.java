package dev.cachelab.ui.theme;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * The one motion-scale knob: every animation's duration is multiplied by it, and every animation starts through
 * {@link #play(Animation, Runnable)} or checks {@link #reduced()}. 0 means no animation (reduced motion, tests:
 * changes are shown at once); 1 is normal; 0.5 is calmer and quicker; presenters may slow things down with values
 * above 1 (at most {@link #MAX}). Others read {@link #scaleProperty()}; the View → Motion menu and the
 * preferences write it.
 */
public final class Motion {

    /** The presets the View menu offers. */
    public static final double NORMAL = 1.0;
    public static final double CALM = 0.5;
    public static final double NONE = 0.0;
    public static final double SLOW = 2.0;
    public static final double MAX = 4.0;

    public static final Duration SHORT = Duration.millis(150);
    public static final Duration MEDIUM = Duration.millis(300);
    public static final Duration LONG = Duration.millis(600);
    /** The one easing curve (ease-out), as AtlantaFX's Animations uses one shared EASE. */
    public static final Interpolator EASE = Interpolator.SPLINE(0.25, 0.1, 0.25, 1);

    private static final DoubleProperty SCALE = new SimpleDoubleProperty(NORMAL) {
        @Override
        public void set(double v) {
            super.set(clamp(v));
        }
    };

    private Motion() {
    }

    /** 0 (no animation) to {@link #MAX}; values outside are clamped, NaN is normal. */
    public static double clamp(double v) {
        return Double.isNaN(v) ? NORMAL : Math.max(0, Math.min(MAX, v));
    }

    public static DoubleProperty scaleProperty() {
        return SCALE;
    }

    public static double scale() {
        return SCALE.get();
    }

    public static void setScale(double scale) {
        SCALE.set(scale);
    }

    /** True when animations are switched off (reduced motion). */
    public static boolean reduced() {
        return SCALE.get() <= 0;
    }

    /** Same as {@link #reduced()}. */
    public static boolean isOff() {
        return reduced();
    }

    /** {@code ms} at normal speed, scaled; divided by a playback speed where one applies. */
    public static Duration of(double ms, double speed) {
        return Duration.millis(ms * scale() / Math.max(0.01, speed));
    }

    /** {@code d} times the motion scale; {@link Duration#ZERO} when motion is off. */
    public static Duration scaled(Duration d) {
        return reduced() ? Duration.ZERO : d.multiply(SCALE.get());
    }

    /**
     * Plays {@code a}; when motion is off, stops it and applies {@code endState} at once instead (the state the
     * animation would have ended in, including what its on-finished handler does).
     */
    public static void play(Animation a, Runnable endState) {
        if (reduced()) {
            a.stop();
            endState.run();
        } else {
            a.playFromStart();
        }
    }
}
