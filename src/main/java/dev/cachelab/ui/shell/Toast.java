package dev.cachelab.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A short message over the window's bottom edge that goes away by itself: the zoom level when it changes, "saved" after
 * an export, a file that opened once it was fixed. It never takes the focus or covers a control for long.
 */
public final class Toast {

    static final Duration SHOWN = Duration.seconds(2.5);

    private final Label label = new Label();
    private final StackPane layer = new StackPane(label);
    private final PauseTransition timer = new PauseTransition(SHOWN);

    public Toast() {
        label.setId("toast");
        label.getStyleClass().add("toast");
        label.setWrapText(true);
        label.setMouseTransparent(true);
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        StackPane.setAlignment(label, Pos.BOTTOM_CENTER);
        layer.getStyleClass().add("toast-layer");
        label.setVisible(false);
        timer.setOnFinished(e -> label.setVisible(false));
    }

    /** The overlay to add above the window's content. */
    public StackPane node() {
        return layer;
    }

    /** Shows {@code text} (with an Ikonli {@code icon}) for a few seconds, replacing what was shown. */
    public void show(String text, String icon) {
        label.setText(text);
        label.setGraphic(icon == null ? null : new FontIcon(icon));
        label.setAccessibleText(text);
        label.setVisible(true);
        timer.playFromStart();
    }

    public Label label() {
        return label;
    }
}
