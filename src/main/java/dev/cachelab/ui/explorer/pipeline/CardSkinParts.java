package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.state.Freshness;
import dev.cachelab.ui.theme.StateBadges;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** The parts both card skins are made of, each with its style class (PipelineStage.css). */
final class CardSkinParts {

    private CardSkinParts() {
    }

    /** A line that wraps onto more lines rather than being cut. */
    static Label line(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The state as a badge (colour, icon and word) that follows the card's freshness. */
    static Label badge(CacheCard card) {
        Label badge = StateBadges.badge(card.freshnessProperty().get());
        card.freshnessProperty().addListener((o, a, f) -> StateBadges.update(badge, f));
        return badge;
    }

    static Label regenerating(CacheCard card) {
        Label l = new Label("regenerating", new FontIcon("mdi2r-refresh"));
        l.getStyleClass().addAll("state-badge", "state-regenerating");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(card.regeneratingProperty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    static Label version(CacheCard card) {
        Label l = new Label();
        l.getStyleClass().add("version-chip");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.textProperty().bind(card.versionProperty());
        return l;
    }

    /** What just happened ("HIT", "STALE served"), as a chip in the card's top-right corner, shown while it has a text. */
    static Label activity(CacheCard card) {
        Label l = new Label();
        l.getStyleClass().add("card-activity");
        l.textProperty().bind(card.activityProperty());
        l.visibleProperty().bind(card.activityProperty().isNotEmpty());
        l.setMouseTransparent(true);
        l.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.StackPane.setAlignment(l, javafx.geometry.Pos.TOP_RIGHT);
        return l;
    }

    static Label details(CacheCard card) {
        Label l = line("card-details");
        l.textProperty().bind(card.detailsProperty());
        l.visibleProperty().bind(card.detailsShownProperty().and(card.detailsProperty().isNotEmpty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    static Label subtitle(CacheCard card) {
        Label l = line("card-subtitle");
        l.textProperty().bind(card.subtitleProperty());
        l.visibleProperty().bind(card.subtitleProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    static FlowPane row(String styleClass) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add(styleClass);
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setPrefWrapLength(1); // measured at the width it is given
        return row;
    }

    /** The card's tags as pills; hidden on a compact card (many entries), where hovering still lists them. */
    static FlowPane tags(CacheCard card) {
        FlowPane pane = row("card-tags");
        Runnable fill = () -> {
            pane.getChildren().clear();
            for (String t : card.tagsProperty().get()) {
                Label pill = new Label(t);
                pill.getStyleClass().add("tag-pill");
                pill.setWrapText(true);
                pill.setMinHeight(Region.USE_PREF_SIZE);
                pane.getChildren().add(pill);
            }
        };
        card.tagsProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        pane.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !card.compactProperty().get() && !card.tagsProperty().get().isEmpty(),
                card.compactProperty(), card.tagsProperty()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** Hovering or focusing a card shows everything about it, whatever the details toggle says. */
    static void tooltip(CacheCard card) {
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("help-tooltip");
        tip.textProperty().bind(tooltipText(card.titleProperty(), card.versionProperty(), card.freshnessProperty(),
                card.tagsProperty(), card.detailsProperty()));
        Tooltip.install(card, tip);
    }

    private static ObservableValue<String> tooltipText(ObservableValue<String> title, ObservableValue<String> version,
                                                      ObservableValue<Freshness> freshness,
                                                      ObservableValue<List<String>> tags,
                                                      ObservableValue<String> details) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            StringBuilder b = new StringBuilder(title.getValue()).append('\n').append(version.getValue())
                    .append(" · ").append(freshness.getValue().word()).append(": ").append(freshness.getValue().meaning());
            if (!tags.getValue().isEmpty()) b.append("\ntags: ").append(String.join(", ", tags.getValue()));
            if (!details.getValue().isEmpty()) b.append('\n').append(details.getValue());
            return b.append("\nClick or press Enter for why.").toString();
        }, title, version, freshness, tags, details);
    }
}
