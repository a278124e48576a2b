package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A prerendered page in the route cache: its path, its state and the data version it holds. */
final class RouteCardSkin extends SkinBase<CacheCard> {

    private final VBox box = new VBox();
    private final javafx.scene.layout.StackPane layers;

    RouteCardSkin(CacheCard card) {
        super(card);
        box.getStyleClass().add("card-box");
        Label title = CardSkinParts.line("card-title");
        title.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        title.textProperty().bind(card.titleProperty());
        FlowPane state = CardSkinParts.row("card-state-row");
        state.getChildren().addAll(CardSkinParts.badge(card), CardSkinParts.version(card), CardSkinParts.regenerating(card));
        box.getChildren().addAll(title, CardSkinParts.subtitle(card), state, CardSkinParts.activity(card),
                CardSkinParts.details(card));
        CardSkinParts.tooltip(card);
        // what just happened floats over the card's corner: the card keeps its size as a step's texts come and go
        layers = new javafx.scene.layout.StackPane(box, CardSkinParts.activity(card));
        getChildren().add(layers);
    }

    /** Measured at the width it is given: wrapped lines and a second row of tags count (SkinBase measures at -1). */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + layers.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }
}
