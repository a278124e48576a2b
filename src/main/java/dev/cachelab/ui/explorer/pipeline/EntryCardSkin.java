package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** A {@code 'use cache'} entry: function and arguments, its state and data version, its tags. */
final class EntryCardSkin extends WidthMeasuredSkin<CacheCard> {

    private final VBox box = new VBox();

    EntryCardSkin(CacheCard card) {
        super(card);
        box.getStyleClass().add("card-box");
        Label title = CardSkinParts.line("card-title");
        title.textProperty().bind(card.titleProperty());
        FlowPane state = CardSkinParts.row("card-state-row");
        state.getChildren().addAll(CardSkinParts.badge(card), CardSkinParts.version(card), CardSkinParts.regenerating(card));
        box.getChildren().addAll(title, state, CardSkinParts.subtitle(card), CardSkinParts.tags(card),
                CardSkinParts.details(card));
        CardSkinParts.tooltip(card);
        // what just happened floats over the card's corner: the card keeps its size as a step's texts come and go
        setContent(new javafx.scene.layout.StackPane(box, CardSkinParts.activity(card)));
    }
}
