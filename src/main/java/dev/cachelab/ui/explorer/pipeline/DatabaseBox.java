package dev.cachelab.ui.explorer.pipeline;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The database, drawn as a cylinder: its data version in large type, and what the last write did. */
final class DatabaseBox extends VBox {

    private Label note;

    /** Drawn as a flat band under several instances: the write note is left to the tokens and Events. */
    void setBand(boolean band) {
        note.setVisible(!band);
        note.setManaged(!band);
    }

    DatabaseBox(ReadOnlyIntegerProperty version, ObservableStringValue note) {
        setId("databaseCard");
        getStyleClass().add("database-box");
        setAlignment(Pos.CENTER);
        setAccessibleRole(AccessibleRole.TEXT);
        Label head = new Label("Database", new FontIcon("mdi2d-database"));
        head.getStyleClass().add("place-title");
        Label v = new Label();
        v.getStyleClass().add("database-version");
        v.textProperty().bind(version.asString("v%d"));
        Label n = CardSkinParts.line("database-note");
        n.setAlignment(Pos.CENTER);
        n.textProperty().bind(note);
        this.note = n;
        getChildren().addAll(head, v, n);
        accessibleTextProperty().bind(version.asString("Database, version %d"));
    }
}
