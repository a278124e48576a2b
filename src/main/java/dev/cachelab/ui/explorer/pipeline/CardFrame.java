package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * Holds a card as an unmanaged child, which makes the card a layout root: when a label inside it changes (an entry
 * goes stale, a version ticks up) only the card is laid out again, not the flow of hundreds of cards around it.
 * The frame measures the card when asked to by {@link #remeasure()} (its tags changed), not on every change.
 */
final class CardFrame extends Region {

    private final Parent card;

    CardFrame(Parent card) {
        this.card = card;
        card.setManaged(false);
        getChildren().add(card);
        getStyleClass().add("card-frame");
    }

    /** The card's content changed shape: measure it again. */
    void remeasure() {
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return card.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return card.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        card.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
