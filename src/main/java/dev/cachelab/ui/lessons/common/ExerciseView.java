package dev.cachelab.ui.lessons.common;

import javafx.scene.Node;

/** The view of one exercise page; the path shows its root. */
public interface ExerciseView {

    Node root();
}
