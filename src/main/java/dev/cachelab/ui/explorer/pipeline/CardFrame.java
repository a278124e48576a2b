package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Holds a card as an unmanaged child, which makes the card a layout root: when a label inside it changes (an entry
 * goes stale, a countdown ticks) only the card is laid out again, not the flow of hundreds of cards around it.
 * After each of its own layouts the card checks whether its content still fits its height ({@link Box}); only when
 * it does not — a line wrapped, tags took a second row, a line appeared — does the frame ask its flow for a new
 * height. Every card is measured at its own fixed width (its {@code -fx-pref-width}), so wrapped text counts.
 */
final class CardFrame extends Region {

    private final Box card;
    private boolean remeasureQueued;

    CardFrame(Box card) {
        this.card = card;
        card.setManaged(false);
        card.frame = this;
        getChildren().add(card);
        getStyleClass().add("card-frame");
    }

    /** The card's content changed shape: measure it again. */
    void remeasure() {
        requestLayout();
    }

    /**
     * Measures again after the current layout pass: a request made while the flow around the frame is being laid
     * out would not reach the flow (JavaFX drops it), so it is made just after.
     */
    private void remeasureLater() {
        if (remeasureQueued) return;
        remeasureQueued = true;
        javafx.application.Platform.runLater(() -> {
            remeasureQueued = false;
            remeasure();
        });
    }

    @Override
    protected double computePrefWidth(double height) {
        return card.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return card.prefHeight(-1);
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
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        card.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /**
     * A card: a column of lines at a fixed width. Its lines never shrink below their preferred height (so content
     * that no longer fits shows as overflow, not as a clipped line); after laying them out it compares where its
     * content ends with its height and, when they differ, has its frame measure it again.
     */
    static final class Box extends VBox {

        private CardFrame frame;

        Box() {
            // a line keeps its full height; a card too small for its lines shows it, and is measured again
            getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
                while (c.next()) {
                    for (javafx.scene.Node n : c.getAddedSubList()) {
                        if (n instanceof Region r) r.setMinHeight(Region.USE_PREF_SIZE);
                    }
                }
            });
        }

        /** Measures at the card's own width: wrapped lines take the height they need there. */
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (frame == null) return;
            double bottom = snappedTopInset();
            for (javafx.scene.Node n : getManagedChildren()) {
                bottom = Math.max(bottom, n.getLayoutY() + n.getLayoutBounds().getMaxY());
            }
            bottom += snappedBottomInset();
            // the second test reads the cached measure, and keeps a rounding difference from re-laying out forever
            if (Math.abs(bottom - getHeight()) > 0.5 && Math.abs(prefHeight(-1) - getHeight()) > 0.5) frame.remeasureLater();
        }
    }
}
