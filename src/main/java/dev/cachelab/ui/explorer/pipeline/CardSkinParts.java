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
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/** The parts both card skins are made of, each with its style class (PipelineStage.css). */
final class CardSkinParts {

    private CardSkinParts() {
    }

    /**
     * Runs {@code make} once, as soon as {@code when} is true (at once if it is already). {@code card} keeps
     * {@code when} alive until then (a binding made for the call would otherwise be collected, its listener lost).
     */
    static void whenFirst(CacheCard card, ObservableValue<Boolean> when, Runnable make) {
        if (Boolean.TRUE.equals(when.getValue())) {
            make.run();
            return;
        }
        Object key = new Object();
        card.getProperties().put(key, when);
        when.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!Boolean.TRUE.equals(now)) return;
                o.removeListener(this);
                card.getProperties().remove(key);
                make.run();
            }
        });
    }

    /** Adds {@code part} to {@code box} at its place {@code order} among parts added in any order. */
    static void inOrder(Pane box, int order, Node part) {
        part.getProperties().put(ORDER, order);
        int at = 0;
        while (at < box.getChildren().size()
                && (int) box.getChildren().get(at).getProperties().getOrDefault(ORDER, at) <= order) at++;
        box.getChildren().add(at, part);
    }

    private static final Object ORDER = new Object();

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
        StackPane.setAlignment(l, Pos.TOP_RIGHT);
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
        pane.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !card.compactProperty().get() && !card.tagsProperty().get().isEmpty(),
                card.compactProperty(), card.tagsProperty()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /**
     * Hovering or focusing a card shows everything about it, whatever the details toggle says. The tooltip is made
     * when the pointer or the focus first reaches the card: a tooltip is a popup window with a scene of its own, and
     * its text binding would otherwise be rebuilt on every card each time a tag strikes them all.
     */
    static void tooltip(CacheCard card) {
        Runnable install = () -> {
            if (card.getProperties().containsKey(Tooltip.class)) return;
            Tooltip tip = new Tooltip();
            tip.getStyleClass().add("help-tooltip");
            tip.textProperty().bind(tooltipText(card.titleProperty(), card.versionProperty(), card.freshnessProperty(),
                    card.tagsProperty(), card.detailsProperty()));
            Tooltip.install(card, tip);
            card.getProperties().put(Tooltip.class, tip);
        };
        card.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> install.run());
        card.focusedProperty().addListener((o, was, now) -> { if (now) install.run(); });
    }

    private static ObservableValue<String> tooltipText(ObservableValue<String> title, ObservableValue<String> version,
                                                      ObservableValue<Freshness> freshness,
                                                      ObservableValue<List<String>> tags,
                                                      ObservableValue<String> details) {
        return Bindings.createStringBinding(() -> {
            StringBuilder b = new StringBuilder(title.getValue()).append('\n').append(version.getValue())
                    .append(" · ").append(freshness.getValue().word()).append(": ").append(freshness.getValue().meaning());
            if (!tags.getValue().isEmpty()) b.append("\ntags: ").append(String.join(", ", tags.getValue()));
            if (!details.getValue().isEmpty()) b.append('\n').append(details.getValue());
            return b.append("\nClick or press Enter for why.").toString();
        }, title, version, freshness, tags, details);
    }
}
