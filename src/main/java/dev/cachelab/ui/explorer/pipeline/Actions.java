package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;

/** Click or Enter (or Space) on a part of the picture. */
final class Actions {

    private Actions() {
    }

    static void onSelect(Node node, Runnable action) {
        node.setOnMouseClicked(e -> {
            node.requestFocus();
            action.run();
        });
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                action.run();
            }
        });
    }

    /** A node id from free text: {@code getInvoice("org1", "42")} → {@code getInvoice-org1-42}. */
    static String idPart(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
