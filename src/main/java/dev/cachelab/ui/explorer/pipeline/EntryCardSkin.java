package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.StackPane;

/** A {@code 'use cache'} entry: function and arguments, its state and data version, its tags. */
final class EntryCardSkin extends WidthMeasuredSkin<CacheCard> {

    private final VBox box = new VBox();

    EntryCardSkin(CacheCard card) {
        super(card);
        box.getStyleClass().add("card-box");
        Label title = CardSkinParts.line("card-title");
        title.textProperty().bind(card.titleProperty());
        FlowPane state = CardSkinParts.row("card-state-row");
        state.getChildren().addAll(CardSkinParts.badge(card), CardSkinParts.version(card));
        box.getChildren().addAll(title, state);
        // the parts a card often does not show are made the first time it does (a compact card of a busy store has
        // no tags row, no details, no subtitle): half the nodes to style when 200 cards arrive or change state
        CardSkinParts.whenFirst(card, card.regeneratingProperty(), () -> state.getChildren().add(CardSkinParts.regenerating(card)));
        CardSkinParts.whenFirst(card, card.subtitleProperty().isNotEmpty(), () -> CardSkinParts.inOrder(box, 2, CardSkinParts.subtitle(card)));
        CardSkinParts.whenFirst(card, card.compactProperty().not().and(Bindings.createBooleanBinding(
                        () -> !card.tagsProperty().get().isEmpty(), card.tagsProperty())),
                () -> CardSkinParts.inOrder(box, 3, CardSkinParts.tags(card)));
        CardSkinParts.whenFirst(card, card.detailsShownProperty(), () -> CardSkinParts.inOrder(box, 4, CardSkinParts.details(card)));
        CardSkinParts.tooltip(card);
        // what just happened floats over the card's corner: the card keeps its size as a step's texts come and go
        setContent(new StackPane(box, CardSkinParts.activity(card)));
    }
}
