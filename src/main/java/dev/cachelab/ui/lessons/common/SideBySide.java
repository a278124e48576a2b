package dev.cachelab.ui.lessons.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.function.DoubleSupplier;

/**
 * Two parts side by side while there is room (the main part takes what the side leaves), one above the other
 * when the pane is narrower than {@code breakEm} — so a large zoom in a small window wraps instead of cutting or
 * scrolling sideways. Sizes are in em of the current font ({@code em}).
 */
public final class SideBySide extends Pane {

    private final Node main;
    private final Node side;
    private final double breakEm;
    private final double gapEm;
    private final DoubleSupplier em;

    public SideBySide(Node main, Node side, double breakEm, double gapEm, DoubleSupplier em) {
        super(main, side);
        this.main = main;
        this.side = side;
        this.breakEm = breakEm;
        this.gapEm = gapEm;
        this.em = em;
    }

    /** Whether the parts are one above the other at width {@code w}. */
    public boolean stackedAt(double w) {
        return w < breakEm * em.getAsDouble();
    }

    private double gap() {
        return gapEm * em.getAsDouble();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(main.minWidth(-1), side.minWidth(-1)) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return main.prefWidth(-1) + gap() + side.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double insets = snappedTopInset() + snappedBottomInset();
        if (stackedAt(w)) return main.prefHeight(w) + gap() + side.prefHeight(w) + insets;
        double sw = sideWidth(w);
        return Math.max(main.prefHeight(w - sw - gap()), side.prefHeight(sw)) + insets;
    }

    private double sideWidth(double w) {
        return Math.max(side.minWidth(-1), Math.min(side.prefWidth(-1), w / 2));
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (stackedAt(w)) {
            double mh = main.prefHeight(w);
            main.resizeRelocate(x, y, w, mh);
            side.resizeRelocate(x, y + mh + gap(), w, side.prefHeight(w));
        } else {
            double sw = sideWidth(w);
            double mw = w - sw - gap();
            main.resizeRelocate(x, y, mw, h);
            side.resizeRelocate(x + mw + gap(), y, sw, Math.max(h, side.prefHeight(sw)));
        }
    }
}
