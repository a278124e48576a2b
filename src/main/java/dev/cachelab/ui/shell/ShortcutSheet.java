package dev.cachelab.ui.shell;

import dev.cachelab.ui.common.KeyCaps;
import dev.cachelab.ui.theme.Motion;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The shortcut sheet: an overlay over the window (so it zooms and themes with it, and works in full screen) that
 * lists {@link Shortcuts#ALL} in key caps. {@code ?}, Esc, the Close button or a click outside closes it.
 */
public final class ShortcutSheet {

    private final StackPane backdrop = new StackPane();
    private final VBox card = new VBox();
    private final Button close = new Button("Close");
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
        if (!backdrop.getChildren().isEmpty()) return;
        card.getStyleClass().add("shortcut-sheet");
        card.setAccessibleRole(AccessibleRole.DIALOG);
        card.setAccessibleText("Keyboard shortcuts");
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setFillWidth(true);

        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("sheet-title");
        Label hint = new Label("Ctrl means Cmd on macOS. Press ? or Esc to close.");
        hint.getStyleClass().add("sheet-hint");

        FlowPane columns = new FlowPane();
        columns.setHgap(32);
        columns.setVgap(8);
        columns.setPrefWrapLength(1100);
        for (Shortcuts.Group g : Shortcuts.ALL) columns.getChildren().add(group(g));

        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        close.setId("shortcutSheetClose");
        close.setOnAction(e -> hide());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);

        card.getChildren().addAll(title, hint, scroll, bar);
        card.setSpacing(8);
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

    private static Node group(Shortcuts.Group g) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        Label head = new Label(g.title());
        head.getStyleClass().add("sheet-group");
        grid.add(head, 0, 0, 2, 1);
        int row = 1;
        for (Shortcuts.Shortcut s : g.shortcuts()) {
            HBox keys = new HBox(4);
            keys.setAlignment(Pos.CENTER_LEFT);
            for (String k : s.keys()) keys.getChildren().add(KeyCaps.keyCap(k));
            Label action = new Label(s.action());
            grid.add(keys, 0, row);
            grid.add(action, 1, row);
            row++;
        }
        return grid;
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
        close.requestFocus();
    }

    public void hide() {
        if (!isShowing()) return;
        backdrop.setVisible(false);
        backdrop.setManaged(false);
        if (returnFocus != null) returnFocus.requestFocus();
    }
}
