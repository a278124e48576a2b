package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.state.Freshness;
import dev.cachelab.ui.explorer.model.RouteCardModel;
import dev.cachelab.ui.theme.StateBadges;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** A route-level cache entry of a prerendered page: what it shows, its state, and how it was rendered. */
final class RouteCard {

    /** What the refresh copy is, in a learner's words (R24, R34). */
    static final String REFRESH_COPY_HELP = "Cache Lab's model, not a structure of Next.js: a second copy of this page."
            + " Later router.refresh() calls (after the first)"
            + " and repeat Link visits read it, and each copy goes stale and regenerates on its own: that is why a"
            + " refresh can still show old data when a plain page load already shows the new.";

    static final String MAIN_COPY_HELP = "Cache Lab keeps two copies of each prerendered page (its model of a measured"
            + " oddity, not a structure of Next.js). This is the copy that page loads, plain GETs, action redirects, the first"
            + " router.refresh() and the first Link visit read.";

    private final RouteCardModel model;
    private final CardFrame.Box root;
    private CardFrame frame;
    private final FlowPane stateRow = Cards.row("card-state-row");
    private final Label badge = StateBadges.badge(Freshness.FRESH);
    private final Label regen = regenBadge();
    private final Label shows = Cards.line("card-shows");
    private final Label reason = Cards.line("card-reason");
    private final Label origin = Cards.line("card-origin");
    private final Label countdown = Cards.line("card-countdown");
    private final Label activity = Cards.line("card-activity");
    private String lastCountdown = "";

    RouteCard(RouteCardModel model, ObservableLongValue nowMs, Runnable onSelect) {
        this.model = model;
        root = Cards.card("route-card", "a prerendered page in the route cache; press Enter or click for why");
        root.setId("route-" + Cards.idPart(model.key()));
        root.getProperties().put("key", model.key());
        Label title = Cards.label(model.pathname(), "card-title");
        title.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane head = Cards.row("card-head");
        head.getChildren().addAll(title, copyChip(model));
        stateRow.getChildren().addAll(badge, regen);
        root.getChildren().addAll(head, stateRow, shows, origin, countdown, reason, activity);
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

    /**
     * Which copy this is, in a word beside the path, with a "modelled" badge: the two copies are Cache Lab's device
     * (R24, R34), not a structure of Next.js; hovering explains it (and the route cache's legend says it once).
     */
    private static Node copyChip(RouteCardModel model) {
        boolean refresh = !model.copy().equals("main");
        Label what = Cards.label(refresh ? "refresh copy" : "main copy", refresh ? "copy-refresh" : "copy-main");
        what.getStyleClass().add("copy-chip");
        what.setMinWidth(Region.USE_PREF_SIZE);
        Node modelled = new dev.cachelab.ui.reference.EvidenceBadge(new dev.cachelab.reference.Evidence(
                dev.cachelab.reference.Evidence.Kind.MODELLED, "two copies of each route entry, Cache Lab's device for measured outcomes (R24, R34)"));
        HBox chip = new HBox(4, what, modelled);
        chip.getStyleClass().add("copy-line");
        chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Tooltip tip = new Tooltip(refresh ? REFRESH_COPY_HELP : MAIN_COPY_HELP);
        tip.getStyleClass().add("help-tooltip");
        Tooltip.install(chip, tip);
        return chip;
    }

    /** The "regenerating" badge: always in the row (so the card keeps its size), shown while a body runs. */
    private static Label regenBadge() {
        Label l = new Label("regenerating", new FontIcon("mdi2r-refresh"));
        l.getStyleClass().addAll("state-badge", "state-regenerating");
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    CardFrame.Box node() {
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
        StateBadges.setState(root, f);
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
