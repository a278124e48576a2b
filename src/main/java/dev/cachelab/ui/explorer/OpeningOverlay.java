package dev.cachelab.ui.explorer;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A file that takes a while to open (read, checked, every step run once, off the JavaFX thread): a card over the top
 * of the picture says what is happening, how far it is, and offers Cancel. It shows only once the opening has taken
 * {@link #AFTER} — a small file opens without it — and leaves the explorer usable: the scenario shown until then
 * keeps playing.
 */
final class OpeningOverlay {

    /** Openings quicker than this show no progress at all. */
    static final Duration AFTER = Duration.millis(300);

    private final VBox card = new VBox(6);

    OpeningOverlay(FileOpening opening) {
        Label text = new Label();
        text.setId("openingMessage");
        text.textProperty().bind(opening.messageProperty());
        text.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("openingProgress");
        bar.progressProperty().bind(opening.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("openingCancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> opening.cancel());
        HBox row = new HBox(8, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(text, row);
        card.setId("openingOverlay");
        card.getStyleClass().add("opening-overlay");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setPrefWidth(420);
        card.setVisible(false);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        PauseTransition wait = new PauseTransition(AFTER);
        wait.setOnFinished(e -> card.setVisible(opening.busyProperty().get()));
        opening.busyProperty().addListener((o, was, busy) -> {
            if (busy) {
                wait.playFromStart();
            } else {
                wait.stop();
                card.setVisible(false);
            }
        });
    }

    Node node() {
        return card;
    }
}
