package dev.cachelab.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Finds text drawn cut short ("…") and pages that need a sideways scroll, under a node. */
public final class CutText {

    private CutText() {
    }

    /** Labeled controls whose text is drawn cut short, and fit-to-width pages wider than their viewport. */
    public static List<String> cut(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (!n.isVisible()) return;
        // RichTextFX's line numbers are padded labels (" 1"), drawn whole
        if (n instanceof Labeled l && !l.getStyleClass().contains("lineno") && l.getText() != null && !l.getText().isEmpty()
                && l.lookup(".text") instanceof Text t && !t.getText().equals(l.getText())) {
            out.add((l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName()) + ": \"" + l.getText()
                    + "\" drawn as \"" + t.getText() + "\"");
        }
        if (n instanceof ScrollPane sp && sp.isFitToWidth() && sp.getContent() != null) {
            Bounds content = sp.getContent().getLayoutBounds();
            if (content.getWidth() > sp.getViewportBounds().getWidth() + 1) {
                out.add("a page wider than its viewport (" + Math.round(content.getWidth()) + " > "
                        + Math.round(sp.getViewportBounds().getWidth()) + " px): " + sp.getStyleClass());
            }
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c, out);
    }
}
