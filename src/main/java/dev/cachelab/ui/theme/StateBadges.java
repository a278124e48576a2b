package dev.cachelab.ui.theme;

import dev.cachelab.engine.state.Freshness;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

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

    /**
     * The pseudo-class of {@code f} ({@code :fresh}, {@code :stale}, {@code :expired}, {@code :aged-out}), for badges
     * and cards. A pseudo-class, not a style class: a state change then only re-picks styles already matched,
     * where a style-class change re-matches the whole subtree against the theme — for one tag struck over 200
     * cards, the difference between a few milliseconds and a frame of 400 ms.
     */
    public static PseudoClass pseudoClass(Freshness f) {
        return PSEUDO.get(f);
    }

    /** Shows {@code f} on {@code node} (and no other state). */
    public static void setState(Node node, Freshness f) {
        for (Map.Entry<Freshness, PseudoClass> e : PSEUDO.entrySet()) node.pseudoClassStateChanged(e.getValue(), e.getKey() == f);
    }

    private static final Map<Freshness, PseudoClass> PSEUDO = new EnumMap<>(Freshness.class);
    /**
     * Each state's icon, resolved once: resolving a literal searches the icon pack's thousands of names, which for
     * a tag striking 200 cards cost a large part of a frame.
     */
    private static final Map<Freshness, Ikon> IKONS = new EnumMap<>(Freshness.class);

    static {
        for (Freshness f : Freshness.values()) PSEUDO.put(f, PseudoClass.getPseudoClass(f.name().toLowerCase().replace('_', '-')));
        for (Freshness f : Freshness.values()) IKONS.put(f, new FontIcon(icon(f)).getIconCode());
    }

    public static Label badge(Freshness f) {
        Label l = new Label(f.word(), new FontIcon(icon(f)));
        l.setMinWidth(Region.USE_PREF_SIZE); // the word must never be cut to "…"
        l.getStyleClass().add("state-badge");
        setState(l, f);
        l.getProperties().put("freshness", f);
        l.setAccessibleText("state: " + f.word() + ", " + f.meaning());
        return l;
    }

    /** Turns an existing badge into {@code f}'s, without creating nodes (cards update many badges per frame). */
    public static void update(Label badge, Freshness f) {
        if (badge.getProperties().get("freshness") == f) return;
        badge.getProperties().put("freshness", f);
        badge.setText(f.word());
        if (badge.getGraphic() instanceof FontIcon icon) icon.setIconCode(IKONS.get(f));
        else badge.setGraphic(new FontIcon(icon(f)));
        setState(badge, f);
        badge.setAccessibleText("state: " + f.word() + ", " + f.meaning());
    }
}
