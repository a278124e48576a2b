package dev.cachelab.ui.shell;

import dev.cachelab.ui.theme.Motion;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The shortcut sheet: an overlay over the window (so it zooms and themes with it, and works in full screen) that
 * lists {@link Shortcuts#ALL} in key caps on a {@link ShortcutCard} (FXML). {@code ?}, Esc, the Close button or a
 * click outside closes it.
 */
public final class ShortcutSheet {

    private final StackPane backdrop = new StackPane();
    private ShortcutCard card;
    private Node returnFocus;

    private final Motion motion;

    public ShortcutSheet(Motion motion) {
        this.motion = motion;
        backdrop.getStyleClass().add("overlay-backdrop");
        backdrop.setId("shortcutSheet");
        backdrop.setVisible(false);
        backdrop.setManaged(false);
    }

    /** Builds the sheet the first time it is shown (it is not part of the first frame: start-up stays quick). */
    private void build() {
        if (card != null) return;
        card = new ShortcutCard(this::hide);
        backdrop.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        backdrop.setOnMouseClicked(e -> {
            if (e.getTarget() == backdrop) hide();
        });
        backdrop.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                hide();
                e.consume();
            }
        });
        backdrop.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter())) {
                hide();
                e.consume();
            }
        });
    }

    /** The card (built on first show), for tests. */
    public VBox card() {
        build();
        return card;
    }

    /** The overlay node (added once to the window's overlay layer). */
    public Node node() {
        return backdrop;
    }

    public boolean isShowing() {
        return backdrop.isVisible();
    }

    public void toggle() {
        if (isShowing()) hide();
        else show();
    }

    public void show() {
        if (isShowing()) return;
        build();
        returnFocus = backdrop.getScene() == null ? null : backdrop.getScene().getFocusOwner();
        backdrop.setManaged(true);
        backdrop.setVisible(true);
        backdrop.setOpacity(0);
        FadeTransition fade = new FadeTransition(motion.scaled(Motion.SHORT), backdrop);
        fade.setFromValue(0);
        fade.setToValue(1);
        motion.play(fade, () -> backdrop.setOpacity(1));
        card.focusClose();
    }

    public void hide() {
        if (!isShowing()) return;
        backdrop.setVisible(false);
        backdrop.setManaged(false);
        if (returnFocus != null) returnFocus.requestFocus();
    }
}
