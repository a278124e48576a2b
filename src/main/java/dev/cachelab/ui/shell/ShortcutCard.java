package dev.cachelab.ui.shell;

import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.common.KeyCaps;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * {@code ShortcutCard.fxml} (fx:root), the card of the {@link ShortcutSheet}: the frame is FXML, the groups of
 * shortcuts in key caps are built from {@link Shortcuts#ALL}.
 */
public final class ShortcutCard extends VBox {

    private final Runnable onClose;

    @FXML private FlowPane columns;
    @FXML private Button shortcutSheetClose;

    public ShortcutCard(Runnable onClose) {
        this.onClose = onClose;
        Fxml.load(this);
        for (Shortcuts.Group g : Shortcuts.ALL) columns.getChildren().add(group(g));
    }

    /** Puts the focus on Close (where it is when the sheet opens). */
    public void focusClose() {
        shortcutSheetClose.requestFocus();
    }

    @FXML private void close() {
        onClose.run();
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
}
