package dev.cachelab.ui.common;

import javafx.scene.Node;

/**
 * One screen of the main window (explorer, learning path, …), in the manner of FXSampler's {@code Sample}: a view
 * built once, a stable id (node ids and saved preferences use it), and a lifecycle.
 */
public interface Screen {

    /** Stable id, e.g. "explorer". */
    String id();

    String title();

    /** An Ikonli icon literal, e.g. "mdi2s-sitemap". */
    String icon();

    /** The screen's root node; called once. */
    Node view();

    /** Called each time the screen is shown. */
    default void onShow() {
    }

    default void dispose() {
    }
}
