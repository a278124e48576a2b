package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.Tooltip;

/** A place on the pipeline that holds cached things (the route cache, the 'use cache' store, the tags manifest). */
final class Place extends VBox {

    private final Label empty;
    private final Label head;
    private final String title;

    /** {@code title} is "Name · what it is"; a narrow place (several instances) shows only the name. */
    Place(String id, String title, String icon, Node content, String whenEmpty) {
        setId(id);
        this.title = title;
        getStyleClass().add("place");
        head = new Label(title, new FontIcon(icon));
        Tooltip.install(head, new Tooltip(title));
        head.getStyleClass().add("place-title");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        empty = CardSkinParts.line("card-note");
        empty.setText(whenEmpty);
        getChildren().addAll(head, empty, content);
    }

    /** Only the name ("Tags manifest"), or the whole title. */
    void setShort(boolean only) {
        int dot = title.indexOf(" · ");
        head.setText(only && dot > 0 ? title.substring(0, dot) : title);
    }

    /** Says {@code whenEmpty} instead of showing nothing. */
    void setEmpty(boolean isEmpty) {
        empty.setVisible(isEmpty);
        empty.setManaged(isEmpty);
    }
}
