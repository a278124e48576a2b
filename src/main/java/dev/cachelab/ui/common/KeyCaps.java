package dev.cachelab.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A key drawn as a key cap (the shortcut sheet, the speaker notes' hint), read out as the key's name. */
public final class KeyCaps {

    private KeyCaps() {
    }

    public static Label keyCap(String key) {
        Label l = new Label(key);
        l.getStyleClass().add("key-cap");
        l.setAccessibleRole(AccessibleRole.TEXT);
        l.setAccessibleText("key " + spoken(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static String spoken(String key) {
        return switch (key) {
            case "?" -> "question mark";
            case "." -> "full stop";
            default -> key.replace("→", "right arrow").replace("←", "left arrow");
        };
    }
}
