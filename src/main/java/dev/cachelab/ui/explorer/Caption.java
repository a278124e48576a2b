package dev.cachelab.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;

/**
 * The caption above the picture: where we are (scenario and step), what this step does in one or two large lines,
 * a question to answer before it runs, and — when the step has one — a note on real Next.js behind a button (a
 * pop-over), so text stays at the picture's edge and details come on demand.
 */
final class Caption {

    private final VBox root = new VBox();
    private final Button noteButton = new Button("A note on real Next.js", new FontIcon("mdi2i-information-outline"));
    private PopOver popOver;
    private Node notes;

    Caption(ExplorerViewModel vm) {
        root.getStyleClass().add("caption");
        root.setId("caption");
        Label where = new Label();
        where.setId("scenarioTitle");
        where.getStyleClass().add("scenario-title");
        where.textProperty().bind(vm.titleProperty());
        where.setMinWidth(0);
        where.visibleProperty().bind(vm.comparingProperty()); // otherwise the picker (or the what-if banner) names it
        where.managedProperty().bind(where.visibleProperty());
        noteButton.setId("noteButton");
        noteButton.getStyleClass().add("note-button");
        noteButton.setMinWidth(Region.USE_PREF_SIZE);
        noteButton.setOnAction(e -> toggleNotes(vm));
        noteButton.setTooltip(new Tooltip("Where real Next.js differs from the simple story, at this step"));
        // presenting, the narration takes the width: the note button is its icon
        noteButton.contentDisplayProperty().bind(Bindings.when(vm.presentingProperty())
                .then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
        BooleanBinding hasNote = Bindings.createBooleanBinding(() -> vm.notes().stream()
                .anyMatch(n -> n.step() == vm.positionProperty().get() - 1), vm.notes(), vm.positionProperty());
        noteButton.visibleProperty().bind(hasNote);
        noteButton.managedProperty().bind(hasNote);
        hasNote.addListener((o, a, on) -> { if (!on && popOver != null) popOver.hide(); });
        Label narration = new Label();
        narration.setId("narrationLabel");
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.setMaxWidth(Double.MAX_VALUE);
        narration.textProperty().bind(vm.narrationProperty());
        narration.setMinHeight(Region.USE_PREF_SIZE); // the picture below shrinks, never the narration
        VBox text = new VBox(2, where, narration);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, text, noteButton);
        row.setAlignment(Pos.CENTER_LEFT);
        Label banner = new Label();
        banner.setId("whatIfBanner");
        banner.getStyleClass().add("whatif-banner");
        banner.setGraphic(new FontIcon("mdi2s-source-fork"));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.textProperty().bind(vm.whatIf().bannerProperty());
        banner.visibleProperty().bind(vm.whatIf().activeProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        vm.whatIf().showingOriginalProperty().addListener((o, a, on) -> {
            if (on) banner.getStyleClass().add("original");
            else banner.getStyleClass().remove("original");
        });
        root.getChildren().addAll(banner, row, shrinkable(InsightPanels.prediction(vm)));
    }

    Node node() {
        return root;
    }

    private void toggleNotes(ExplorerViewModel vm) {
        if (popOver != null && popOver.isShowing()) {
            popOver.hide();
            return;
        }
        if (popOver == null) {
            notes = InsightPanels.notes(vm, true);
            ScrollPane scroll = new ScrollPane(notes);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("note-popover-content");
            popOver = new PopOver(scroll);
            popOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
            popOver.setDetachable(false);
            popOver.setTitle("Where real Next.js differs from the simple story");
            popOver.setHeaderAlwaysVisible(true);
            popOver.getRoot().getStyleClass().add("note-popover");
            PopOvers.forwardReferenceEvents(popOver, () -> noteButton);
        }
        popOver.show(noteButton);
    }

    /** The question panel gives way in a short window: it scrolls rather than pushing the picture out of sight. */
    private static Node shrinkable(Node panel) {
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("insight-scroll");
        scroll.visibleProperty().bind(panel.visibleProperty());
        scroll.managedProperty().bind(panel.managedProperty());
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> panel.prefHeight(Math.max(10, scroll.getWidth() - 4)), scroll.widthProperty(), panel.boundsInLocalProperty()));
        return scroll;
    }
}
