package dev.cachelab.ui.explorer.pipeline;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.collections.ObservableList;

/**
 * Cards in equal columns that fill the place's width: one column for a few cards, more as they multiply, each card
 * as tall as its content at its column's width. From {@code compactAt} cards on, cards are compact (a route card
 * becomes one line, an entry hides its tags — hovering shows everything) so a busy cache still reads as a picture.
 */
final class CardGrid extends Region {

    private static final double GAP = 8;
    /** No column is narrower than this: a narrow place (several instances) gets fewer, taller columns. */
    private static final double MIN_COLUMN = 200;

    private int compactAt;
    /** Per card: the width it was measured at, its height, and the layout pass it was measured in. */
    private final Map<Node, double[]> heights = new WeakHashMap<>();
    private double pass;
    private final int[] columnsAt;

    /**
     * {@code columnsAt[k]}: the most cards shown in {@code k + 1} columns; more cards than the last go in one more
     * column; {@code compactAt}: from this many cards on, they are compact.
     */
    CardGrid(String styleClass, int compactAt, int... columnsAt) {
        this.compactAt = compactAt;
        this.columnsAt = columnsAt;
        getStyleClass().add(styleClass);
    }

    /** How many columns {@code n} cards take. */
    int columnsFor(int n) {
        for (int k = 0; k < columnsAt.length; k++) if (n <= columnsAt[k]) return k + 1;
        return columnsAt.length + 1;
    }

    /** From {@code n} cards on they are compact (a narrow place compacts sooner). */
    void setCompactAt(int n) {
        compactAt = n;
        List<CacheCard> cards = getChildren().stream().filter(c -> c instanceof CacheCard).map(c -> (CacheCard) c).toList();
        show(cards);
    }

    /** Shows {@code cards}, in order, compact when there are many. */
    void show(List<CacheCard> cards) {
        boolean compact = cards.size() >= compactAt;
        for (CacheCard c : cards) c.compactProperty().set(compact);
        ObservableList<Node> shown = getChildren();
        if (shown.equals(cards)) return;
        // a card filled mid-step is appended: add only it (replacing every card re-styles them all, per card
        // added: 200 entries filled in one step cost ~1 s of the JavaFX thread)
        if (cards.size() > shown.size() && cards.subList(0, shown.size()).equals(shown)) {
            shown.addAll(cards.subList(shown.size(), cards.size()));
        } else {
            shown.setAll(cards);
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return arrange(width < 0 ? 390 : width, false);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        arrange(getWidth(), true);
        pass++; // the cards are laid out next: what was measured in this pass is not reused in the next one
    }

    /**
     * A card's height at width {@code w}. JavaFX keeps no pref height for a given width, and measuring 200 cards'
     * wrapped text three times a layout pass (pref, min, then layout) cost most of a frame: a card keeps the height
     * it was measured at, at this width, while it has not asked for layout since (any change that can alter its size
     * asks), or when it was measured earlier in this same layout pass.
     */
    private double heightOf(Node card, double w) {
        double[] known = heights.get(card);
        if (known != null && known[0] == w && (known[2] == pass || card instanceof Parent p && !p.isNeedsLayout())) {
            return known[1];
        }
        double h = card.prefHeight(w);
        heights.put(card, new double[]{w, h, pass});
        return h;
    }

    private double arrange(double width, boolean apply) {
        List<Node> cards = getManagedChildren();
        if (cards.isEmpty()) return 0;
        int cols = Math.max(1, Math.min(columnsFor(cards.size()), (int) ((width + GAP) / (MIN_COLUMN + GAP))));
        double w = Math.floor((width - GAP * (cols - 1)) / cols);
        double y = 0;
        for (int row = 0; row * cols < cards.size(); row++) {
            double h = 0;
            int end = Math.min(cards.size(), (row + 1) * cols);
            for (int i = row * cols; i < end; i++) {
                h = Math.max(h, heightOf(cards.get(i), w));
            }
            if (apply) {
                for (int i = row * cols; i < end; i++) {
                    cards.get(i).resizeRelocate(snapPositionX((i - row * cols) * (w + GAP)), snapPositionY(y), w, snapSizeY(h));
                }
            }
            y += h + GAP;
        }
        return y - GAP;
    }
}
