package dev.cachelab.ui.theme;

import dev.cachelab.engine.state.Freshness;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every cache state shown by colour and by an icon and a word (colour-blind viewers, projectors). */
public final class StateBadges {

    private StateBadges() {
    }

    public static String icon(Freshness f) {
        return switch (f) {
            case FRESH -> "mdi2c-check-circle";
            case STALE -> "mdi2c-clock-alert-outline";
            case EXPIRED -> "mdi2c-close-circle";
            case AGED_OUT -> "mdi2t-timer-sand-complete";
        };
    }

    public static String styleClass(Freshness f) {
        return "state-" + f.name().toLowerCase().replace('_', '-');
    }

    public static Label badge(Freshness f) {
        Label l = new Label(f.word(), new FontIcon(icon(f)));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the word must never be cut to "…"
        l.getStyleClass().addAll("state-badge", styleClass(f));
        l.setAccessibleText("state: " + f.word() + ", " + f.meaning());
        return l;
    }

    /** Turns an existing badge into {@code f}'s, without creating nodes (cards update many badges per frame). */
    public static void update(Label badge, Freshness f) {
        if (badge.getProperties().get("freshness") == f) return; // style changes re-run CSS: only when it changed
        badge.getProperties().put("freshness", f);
        badge.setText(f.word());
        if (badge.getGraphic() instanceof FontIcon icon) icon.setIconLiteral(icon(f));
        else badge.setGraphic(new FontIcon(icon(f)));
        badge.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-badge"));
        if (!badge.getStyleClass().contains("state-badge")) badge.getStyleClass().add("state-badge");
        badge.getStyleClass().add(styleClass(f));
        badge.setAccessibleText("state: " + f.word() + ", " + f.meaning());
    }
}
