package dev.cachelab.ui.presenter;

import dev.cachelab.ui.theme.Motion;
import javafx.animation.FadeTransition;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

import java.util.function.DoubleSupplier;

/**
 * A spotlight for the projector: the window dims except for a soft circle around the mouse. It never takes a
 * click (mouse-transparent); the radius is in em, so it grows with the zoom.
 */
public final class Spotlight extends Region {

    public static final double RADIUS_EM = 9;
    private static final Color DIM = Color.rgb(0, 0, 0, 0.68);
    private final DoubleSupplier rootFontPx;
    private double x = -1;
    private double y = -1;

    private final Motion motion;

    /** {@code rootFontPx}: the window's root font size now (ThemeManager's zoom). */
    public Spotlight(DoubleSupplier rootFontPx, Motion motion) {
        this.rootFontPx = rootFontPx;
        this.motion = motion;
        getStyleClass().add("spotlight");
        setId("spotlight");
        setMouseTransparent(true);
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText("Spotlight: the screen is dimmed except around the mouse pointer");
        setVisible(false);
        setManaged(false);
    }

    /** Centres the light on ({@code sceneX}, {@code sceneY}). */
    public void follow(double sceneX, double sceneY) {
        Point2D p = sceneToLocal(sceneX, sceneY);
        if (p == null) return;
        x = p.getX();
        y = p.getY();
        repaint();
    }

    public double centerX() { return x; }
    public double centerY() { return y; }

    /** The radius in px: {@link #RADIUS_EM} times the root font size (the zoom). */
    public double radius() {
        return RADIUS_EM * rootFontPx.getAsDouble();
    }

    private void repaint() {
        double cx = x < 0 ? getWidth() / 2 : x;
        double cy = y < 0 ? getHeight() / 2 : y;
        double r = radius();
        setBackground(new Background(new BackgroundFill(new RadialGradient(0, 0, cx, cy, r, false, CycleMethod.NO_CYCLE,
                new Stop(0, Color.TRANSPARENT), new Stop(0.82, Color.TRANSPARENT), new Stop(1, DIM)), null, null)));
    }

    public void setOn(boolean on) {
        if (on == isVisible()) return;
        if (on) {
            setManaged(true);
            setVisible(true);
            repaint();
            setOpacity(0);
            FadeTransition f = new FadeTransition(motion.scaled(Motion.MEDIUM), this);
            f.setToValue(1);
            motion.play(f, () -> setOpacity(1));
        } else {
            setVisible(false);
            setManaged(false);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (isVisible()) repaint();
    }
}
