package dev.cachelab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;

/**
 * What a screen or a mode may do to the main window around it, without knowing the shell that builds it: layers
 * above the content, a footer strip, the chrome (menus, notices, navigation rail) shown or hidden, its menus to add
 * commands to, and switching screens.
 */
public interface WindowFrame {

    /** Adds a node above the window's content (it stays there; show or hide it through its own visibility). */
    void addOverlay(Node overlay);

    /** Puts {@code footer} in a strip under the screen, across the window, taking room only while it is visible. */
    void setFooter(Node footer);

    /** Shows or hides the menu bar, the notices and the navigation rail (presenter mode hides them). */
    void setChromeVisible(boolean visible);

    boolean isChromeVisible();

    /** The menu bar, where a screen adds its own menu (the explorer's Playback). */
    MenuBar menuBar();

    /** File, where a screen adds its commands (Open, Export). */
    Menu fileMenu();

    /** Shows the screen with {@code id}. */
    void show(String screenId);
}
