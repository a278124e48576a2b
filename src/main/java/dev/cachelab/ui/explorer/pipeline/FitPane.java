package dev.cachelab.ui.explorer.pipeline;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows the {@link PipelineStage} as a whole, scaled to the space it has: as large as fits (up to {@link #MAX}),
 * never smaller than {@link #MIN} — below that the picture keeps its size and scrolls, so text stays readable.
 */
public final class FitPane extends Region {

    public static final double MIN = 0.6;
    public static final double MAX = 2.0;

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ScrollPane scroll;
    private final ReadOnlyDoubleWrapper factor = new ReadOnlyDoubleWrapper(this, "factor", 1);

    public FitPane(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        StackPane holder = new StackPane(new Group(content));
        holder.getStyleClass().add("fit-holder");
        scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setId("pipelineScroll");
        scroll.getStyleClass().add("fit-scroll");
        scroll.setFocusTraversable(false); // a click on the picture must leave the arrow keys to the explorer
        // (a scroll pane takes the focus on a click anyway: pass it on to the picture, which keeps no keys)
        scroll.focusedProperty().addListener((o, was, now) -> { if (now) content.requestFocus(); });
        scroll.setPannable(false);
        setId("pipelineFit");
        getStyleClass().add("fit-pane");
        getChildren().add(scroll);
    }

    /** The scale the picture is drawn at now. */
    public ReadOnlyDoubleProperty factorProperty() {
        return factor.getReadOnlyProperty();
    }

    /** The scale at which a {@code w} × {@code h} picture fits a {@code width} × {@code height} space. */
    public static double fit(double width, double height, double w, double h) {
        if (width <= 0 || height <= 0) return 1;
        return Math.max(MIN, Math.min(MAX, Math.min(width / w, height / h)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * 0.8;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double w = content.prefWidth(-1);
        double h = content.prefHeight(w);
        double inset = 8;
        double s = fit(getWidth() - 2 * inset, getHeight() - 2 * inset, w, h);
        scale.setX(s);
        scale.setY(s);
        factor.set(s);
        content.resize(w, h);
        scroll.resizeRelocate(0, 0, getWidth(), getHeight());
        // centred while it fits (the holder is the viewport's size); at the smallest scale it grows and scrolls
        boolean tooTall = h * s > getHeight() - 2 * inset + 0.5;
        boolean tooWide = w * s > getWidth() - 2 * inset + 0.5;
        scroll.setVbarPolicy(tooTall ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(tooWide ? ScrollPane.ScrollBarPolicy.AS_NEEDED : ScrollPane.ScrollBarPolicy.NEVER);
    }
}
