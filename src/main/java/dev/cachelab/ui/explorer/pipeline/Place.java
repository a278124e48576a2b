package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A place on the pipeline that holds cached things (the route cache, the 'use cache' store, the tags manifest). */
final class Place extends VBox {

    private final Label empty;

    Place(String id, String title, String icon, Node content, String whenEmpty) {
        setId(id);
        getStyleClass().add("place");
        Label head = new Label(title, new FontIcon(icon));
        head.getStyleClass().add("place-title");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        empty = CardSkinParts.line("card-note");
        empty.setText(whenEmpty);
        getChildren().addAll(head, empty, content);
    }

    /** Says {@code whenEmpty} instead of showing nothing. */
    void setEmpty(boolean isEmpty) {
        empty.setVisible(isEmpty);
        empty.setManaged(isEmpty);
    }
}
