package dev.cachelab.ui.theme;

import java.util.Locale;

/** The three looks. All use the same semantic colour tokens (cachelab.css); only their values differ. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    HIGH_CONTRAST("High contrast");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "light", "dark", "high-contrast": used in preferences, on the command line and as the root pseudo-class. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme for a key (case-insensitive, "_" or "-"), or null. */
    public static Theme fromKey(String key) {
        if (key == null) return null;
        for (Theme t : values()) {
            if (t.key().equalsIgnoreCase(key.trim().replace('_', '-'))) return t;
        }
        return null;
    }
}
