package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.theme.Motion;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.ParallelTransition;
import javafx.animation.PathTransition;
import javafx.animation.PauseTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.Timeline;
import javafx.animation.TranslateTransition;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * Animation factories, in the manner of AtlantaFX's {@code Animations}: each returns an un-played animation whose
 * duration follows {@link Motion}, and restores the node when it ends, so any animation can be snapped to its end.
 */
public final class Animations {

    public static final Interpolator EASE = Interpolator.SPLINE(0.25, 0.1, 0.25, 1);

    private Animations() {
    }

    /** A short grow-and-settle to draw the eye to a node that changed. */
    public static Animation pulse(Node node, double speed) {
        ScaleTransition t = new ScaleTransition(Motion.of(180, speed), node);
        t.setFromX(1);
        t.setFromY(1);
        t.setToX(1.08);
        t.setToY(1.08);
        t.setAutoReverse(true);
        t.setCycleCount(2);
        t.setInterpolator(EASE);
        t.setOnFinished(e -> {
            node.setScaleX(1);
            node.setScaleY(1);
        });
        return t;
    }

    /** A side-to-side shake for a failure (an error, a rolled-back transaction). */
    public static Animation shake(Node node, double speed) {
        TranslateTransition t = new TranslateTransition(Motion.of(60, speed), node);
        t.setFromX(0);
        t.setByX(6);
        t.setAutoReverse(true);
        t.setCycleCount(6);
        t.setOnFinished(e -> node.setTranslateX(0));
        return t;
    }

    /**
     * A request or a piece of data travelling from one point to another in {@code layer}: a dot with the given
     * style class that fades out at the end and is removed.
     */
    public static Animation travel(Pane layer, Point2D from, Point2D to, String styleClass, double speed) {
        Circle dot = new Circle(7);
        dot.getStyleClass().addAll("token", styleClass);
        dot.setManaged(false);
        dot.setVisible(false);
        Path path = new Path(new MoveTo(from.getX(), from.getY()), new LineTo(to.getX(), to.getY()));
        PathTransition move = new PathTransition(Motion.of(420, speed), path, dot);
        move.setInterpolator(EASE);
        FadeTransition fade = new FadeTransition(Motion.of(120, speed), dot);
        fade.setToValue(0);
        SequentialTransition seq = new SequentialTransition(move, fade);
        seq.statusProperty().addListener((obs, old, status) -> {
            if (status == Animation.Status.RUNNING && !layer.getChildren().contains(dot)) {
                layer.getChildren().add(dot);
                dot.setVisible(true);
            }
        });
        seq.setOnFinished(e -> layer.getChildren().remove(dot));
        return seq;
    }

    /** A highlight class held on a node for a moment, then removed. */
    public static Animation flashClass(Node node, String styleClass, double speed) {
        Timeline t = new Timeline(
                new KeyFrame(javafx.util.Duration.ZERO, e -> {
                    if (!node.getStyleClass().contains(styleClass)) node.getStyleClass().add(styleClass);
                }),
                new KeyFrame(Motion.of(650, speed), e -> node.getStyleClass().remove(styleClass)));
        t.setOnFinished(e -> node.getStyleClass().remove(styleClass));
        return t;
    }

    /** A fade in from transparent. */
    public static Animation fadeIn(Node node, double speed) {
        FadeTransition t = new FadeTransition(Motion.of(250, speed), node);
        t.setFromValue(0.2);
        t.setToValue(1);
        t.setOnFinished(e -> node.setOpacity(1));
        return t;
    }

    public static Animation together(Animation... parts) {
        return new ParallelTransition(parts);
    }

    public static Animation pause(double ms, double speed) {
        return new PauseTransition(Motion.of(ms, speed));
    }

    /** An opacity value animated on a node, kept for continuous effects. */
    public static Animation opacity(Node node, double to, double ms, double speed) {
        return new Timeline(new KeyFrame(Motion.of(ms, speed), new KeyValue(node.opacityProperty(), to, EASE)));
    }
}
