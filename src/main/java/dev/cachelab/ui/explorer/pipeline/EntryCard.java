package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.state.Freshness;
import dev.cachelab.ui.explorer.model.EntryCardModel;
import dev.cachelab.ui.theme.StateBadges;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A {@code 'use cache'} entry: function and arguments, its tags as pills, the data version it holds, its state by
 * colour, icon and word, live countdowns to its revalidate and expire times, and what just happened to it.
 */
final class EntryCard {

    private final EntryCardModel model;
    private final CardFrame.Box root;
    private CardFrame frame;
    private final FlowPane stateRow = Cards.row("card-state-row");
    private final Label badge = StateBadges.badge(Freshness.FRESH);
    private final Label regen = regenBadge();
    private final Label version = Cards.label("version-chip");
    private final Label activity = Cards.line("card-activity");
    private final Label countdown = Cards.line("card-countdown");
    private final Label reason = Cards.line("card-reason");
    private final Label group = Cards.line("card-group");
    private final FlowPane tags = Cards.row("card-tags");
    private String lastCountdown = "";

    EntryCard(EntryCardModel model, ObservableLongValue nowMs, Runnable onSelect) {
        this.model = model;
        root = Cards.card("entry-card", "a 'use cache' entry; press Enter or click for why it is in this state");
        root.setId("entry-" + Cards.idPart(model.key()));
        root.getProperties().put("key", model.key());
        Label title = Cards.line(model.key(), "card-title");
        stateRow.getChildren().addAll(badge, version, regen);
        root.getChildren().addAll(title, stateRow, group, tags, countdown, reason, activity);
        root.setCache(true);
        root.setOnMouseClicked(e -> onSelect.run());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) onSelect.run();
        });
        model.freshnessProperty().addListener((o, a, b) -> updateState());
        model.versionProperty().addListener((o, a, b) -> updateState());
        model.regeneratingProperty().addListener((o, a, b) -> updateState());
        model.reasonProperty().addListener((o, a, b) -> reason.setText(line(b)));
        model.activityProperty().addListener((o, a, b) -> activity.setText(line(b)));
        model.tagsProperty().addListener((o, a, b) -> Cards.pills(tags, b));
        model.groupSummaryProperty().addListener((o, a, b) -> updateGroup());
        model.countProperty().addListener((o, a, b) -> updateGroup());
        nowMs.addListener((o, a, b) -> updateCountdown(b.longValue()));
        Cards.pills(tags, model.tagsProperty().get());
        reason.setText(line(model.reasonProperty().get()));
        activity.setText(line(model.activityProperty().get()));
        updateState();
        updateGroup();
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

    CardFrame.Box node() {
        return root;
    }

    /** What the flow of cards holds: the card in a frame that keeps its layout changes to itself. */
    CardFrame frame() {
        if (frame == null) frame = new CardFrame(root);
        return frame;
    }

    EntryCardModel model() {
        return model;
    }

    /**
     * An empty line still takes a line, so the card keeps its height as a step's texts come and go and the flow
     * around it is not laid out again for each; a longer text wraps and the card grows (see CardFrame).
     */
    static String line(String text) {
        return text == null || text.isEmpty() ? "\u00a0" : text;
    }

    private void updateState() {
        Freshness f = model.freshnessProperty().get();
        version.setText("v" + model.versionProperty().get());
        StateBadges.update(badge, f);
        regen.setVisible(model.regeneratingProperty().get());
        StateBadges.setState(root, f);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("regenerating"), model.regeneratingProperty().get());
        root.setAccessibleText(model.key() + ", version " + model.versionProperty().get() + ", " + f.word());
    }

    private void updateGroup() {
        boolean isGroup = model.isGroup();
        group.setVisible(isGroup);
        group.setManaged(isGroup);
        group.setText(model.groupSummaryProperty().get());
    }

    private void updateCountdown(long nowMs) {
        String text = model.countdown(nowMs);
        if (!text.equals(lastCountdown)) {
            lastCountdown = text;
            countdown.setText(text);
        }
    }
}
