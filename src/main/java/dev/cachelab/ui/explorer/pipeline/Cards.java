package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** Small builders shared by the pipeline's cards. */
final class Cards {

    private Cards() {
    }

    static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    static VBox card(String styleClass, String accessibleHelp) {
        VBox box = new VBox();
        box.getStyleClass().addAll("pipeline-card", styleClass);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleHelp(accessibleHelp);
        box.setFocusTraversable(true);
        return box;
    }

    static void pills(FlowPane pane, List<String> tags) {
        pane.getChildren().clear();
        for (String t : tags) pane.getChildren().add(label(t, "tag-pill"));
    }

    /** A node id from free text: {@code getInvoice("org1", "42")} → {@code getInvoice-org1-42}. */
    static String idPart(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
