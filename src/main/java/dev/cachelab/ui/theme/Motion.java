package dev.cachelab.ui.theme;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * The motion-scale knob, one per window and passed to what animates (FXGL-style services, not a global): every
 * animation's duration is multiplied by it, and every animation starts through {@link #play(Animation, Runnable)} or
 * checks {@link #reduced()}. 0 means no animation (reduced motion, tests: changes are shown at once); 1 is normal;
 * 0.5 is calmer and quicker; presenters may slow things down with values above 1 (at most {@link #MAX}). The View →
 * Motion menu and the preferences write {@link #scaleProperty()}.
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

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", NORMAL) {
        @Override
        public void set(double v) {
            super.set(clamp(v));
        }
    };

    /** Normal motion. */
    public Motion() {
    }

    public Motion(double scale) {
        setScale(scale);
    }

    /** No animation: what headless snapshots and most tests use, every change shown at once. */
    public static Motion off() {
        return new Motion(NONE);
    }

    /** 0 (no animation) to {@link #MAX}; values outside are clamped, NaN is normal. */
    public static double clamp(double v) {
        return Double.isNaN(v) ? NORMAL : Math.max(0, Math.min(MAX, v));
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public double scale() {
        return scale.get();
    }

    public void setScale(double v) {
        scale.set(v);
    }

    /** True when animations are switched off (reduced motion). */
    public boolean reduced() {
        return scale.get() <= 0;
    }

    /** {@code d} times the motion scale; {@link Duration#ZERO} when motion is off. */
    public Duration scaled(Duration d) {
        return reduced() ? Duration.ZERO : d.multiply(scale.get());
    }

    /**
     * Plays {@code a}; when motion is off, stops it and applies {@code endState} at once instead (the state the
     * animation would have ended in, including what its on-finished handler does).
     */
    public void play(Animation a, Runnable endState) {
        if (reduced()) {
            a.stop();
            endState.run();
        } else {
            a.playFromStart();
        }
    }
}
