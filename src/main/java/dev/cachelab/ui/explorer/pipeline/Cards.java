package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

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

    /** A line of a card: as wide as the card, wrapped onto more lines when its text is longer — never cut. */
    static Label line(String styleClass) {
        return line("", styleClass);
    }

    static Label line(String text, String styleClass) {
        Label l = label(text, styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A row of small things (badges, pills) that wraps onto a second row rather than cutting the last one. */
    static FlowPane row(String styleClass) {
        FlowPane row = new FlowPane(4, 4);
        row.getStyleClass().add(styleClass);
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setPrefWrapLength(1); // measured at the width it is given, never at FlowPane's default 400 px
        return row;
    }

    static CardFrame.Box card(String styleClass, String accessibleHelp) {
        CardFrame.Box box = new CardFrame.Box();
        box.getStyleClass().addAll("pipeline-card", styleClass);
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleHelp(accessibleHelp);
        box.setFocusTraversable(true);
        return box;
    }

    static void pills(FlowPane pane, List<String> tags) {
        pane.getChildren().clear();
        for (String t : tags) {
            Label pill = label(t, "tag-pill"); // hugs its text; CSS caps its width, and a longer tag wraps
            pill.setWrapText(true);
            pill.setMinHeight(Region.USE_PREF_SIZE);
            pane.getChildren().add(pill);
        }
    }

    /** A node id from free text: {@code getInvoice("org1", "42")} → {@code getInvoice-org1-42}. */
    static String idPart(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
