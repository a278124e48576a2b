package dev.cachelab.ui.presenter;

import dev.cachelab.ui.theme.Motion;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Blanks the projected screen (the "B" key of a clicker): black over everything, with a faint hint for the
 * presenter. Clicking it, B or Esc shows the screen again.
 */
public final class BlankScreen extends StackPane {

    private final Motion motion;

    public BlankScreen(Motion motion) {
        this.motion = motion;
        getStyleClass().add("blank-screen");
        setId("blankScreen");
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("Screen blanked. Press B to show it again.");
        Label hint = new Label("Blanked — B shows the screen again");
        hint.getStyleClass().add("blank-hint");
        StackPane.setAlignment(hint, Pos.BOTTOM_RIGHT);
        hint.setFocusTraversable(false);
        getChildren().add(hint);
        setVisible(false);
        setManaged(false);
    }

    public void setBlanked(boolean on) {
        if (on == isVisible()) return;
        if (on) {
            setManaged(true);
            setVisible(true);
            setOpacity(0);
            FadeTransition f = new FadeTransition(motion.scaled(Motion.SHORT), this);
            f.setToValue(1);
            motion.play(f, () -> setOpacity(1));
        } else {
            setVisible(false);
            setManaged(false);
        }
    }
}
