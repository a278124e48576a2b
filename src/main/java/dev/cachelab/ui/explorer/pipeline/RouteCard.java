package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.state.Freshness;
import dev.cachelab.ui.explorer.model.RouteCardModel;
import dev.cachelab.ui.theme.StateBadges;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A route-level cache entry of a prerendered page: what it shows, its state, and how it was rendered. */
final class RouteCard {

    private final RouteCardModel model;
    private final VBox root;
    private CardFrame frame;
    private final HBox stateRow = new HBox(6);
    private final Label badge = StateBadges.badge(Freshness.FRESH);
    private final Label regen = regenBadge();
    private final Label shows = Cards.label("card-shows");
    private final Label reason = Cards.label("card-reason");
    private final Label origin = Cards.label("card-origin");
    private final Label countdown = Cards.label("card-countdown");
    private final Label activity = Cards.label("card-activity");
    private String lastCountdown = "";

    RouteCard(RouteCardModel model, ObservableLongValue nowMs, Runnable onSelect) {
        this.model = model;
        root = Cards.card("route-card", "a prerendered page in the route cache; press Enter or click for why");
        root.setId("route-" + Cards.idPart(model.key()));
        root.getProperties().put("key", model.key());
        Label title = new Label(model.pathname(), new FontIcon("mdi2f-file-document-outline"));
        title.getStyleClass().add("card-title");
        Label copy = Cards.label(model.copy().equals("main") ? "" : "refresh copy (R24)", "card-copy");
        stateRow.getChildren().addAll(badge, regen);
        root.getChildren().addAll(title, copy, stateRow, shows, origin, countdown, reason, activity);
        root.setCache(true);
        root.setOnMouseClicked(e -> onSelect.run());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) onSelect.run();
        });
        model.freshnessProperty().addListener((o, a, b) -> updateState());
        model.regeneratingProperty().addListener((o, a, b) -> updateState());
        shows.textProperty().bind(model.showsProperty());
        reason.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> EntryCard.line(model.reasonProperty().get()), model.reasonProperty()));
        origin.textProperty().bind(model.originProperty());
        activity.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> EntryCard.line(model.activityProperty().get()), model.activityProperty()));
        nowMs.addListener((o, a, b) -> updateCountdown(b.longValue()));
        updateState();
        updateCountdown(nowMs.get());
    }

    /** The "regenerating" badge: always in the row (so the card keeps its size), shown while a body runs. */
    private static Label regenBadge() {
        Label l = new Label("regenerating", new FontIcon("mdi2r-refresh"));
        l.getStyleClass().addAll("state-badge", "state-regenerating");
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    VBox node() {
        return root;
    }

    /** What the flow of cards holds: the card in a frame that keeps its layout changes to itself. */
    CardFrame frame() {
        if (frame == null) frame = new CardFrame(root);
        return frame;
    }

    RouteCardModel model() {
        return model;
    }

    private void updateState() {
        Freshness f = model.freshnessProperty().get();
        StateBadges.update(badge, f);
        regen.setVisible(model.regeneratingProperty().get());
        String stateClass = "card-" + StateBadges.styleClass(f);
        if (!root.getStyleClass().contains(stateClass)) {
            root.getStyleClass().removeIf(c -> c.startsWith("card-state-"));
            root.getStyleClass().add(stateClass);
        }
        root.setAccessibleText("page " + model.key() + ", " + f.word() + ", shows " + model.showsProperty().get());
    }

    private void updateCountdown(long nowMs) {
        String text = model.countdown(nowMs);
        if (!text.equals(lastCountdown)) {
            lastCountdown = text;
            countdown.setText(text);
        }
    }
}
