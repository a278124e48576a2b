package dev.cachelab.ui.common;

import javafx.scene.Node;

/**
 * What a screen or a mode may do to the main window around it, without knowing the shell that builds it: layers
 * above the content, a footer strip, and the chrome (menus, notices, navigation rail) shown or hidden.
 */
public interface WindowFrame {

    /** Adds a node above the window's content (it stays there; show or hide it through its own visibility). */
    void addOverlay(Node overlay);

    /** Puts {@code footer} in a strip under the screen, across the window, taking room only while it is visible. */
    void setFooter(Node footer);

    /** Shows or hides the menu bar, the notices and the navigation rail (presenter mode hides them). */
    void setChromeVisible(boolean visible);

    boolean isChromeVisible();
}
