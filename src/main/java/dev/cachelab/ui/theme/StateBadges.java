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
        l.getStyleClass().addAll("state-badge", styleClass(f));
        l.setAccessibleText("state: " + f.word() + ", " + f.meaning());
        return l;
    }
}
