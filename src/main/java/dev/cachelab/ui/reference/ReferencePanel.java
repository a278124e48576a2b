package dev.cachelab.ui.reference;

import dev.cachelab.reference.Evidence;
import dev.cachelab.reference.ReferenceEntry;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Reference panel: a drawer over the right of the window showing one rule, spec section or finding in plain
 * words, how it is known, and the observed cases that show it, each with a button that plays it in the explorer.
 * A list below reaches every other entry. Esc or Close hides it and gives the focus back.
 */
public final class ReferencePanel {

    private final ReferenceViewModel vm;
    private final StackPane overlay = new StackPane();
    private final VBox panel = new VBox(8);
    private final Label title = new Label();
    private final Label heading = new Label();
    private final VBox evidence = new VBox();
    private final Label body = new Label();
    private final VBox cases = new VBox(4);
    private final ListView<ReferenceEntry> list = new ListView<>();
    private final Button close = new Button("Close", new FontIcon("mdi2c-close"));
    private Node returnFocus;

    public ReferencePanel(ReferenceViewModel vm) {
        this.vm = vm;
        overlay.setId("referenceOverlay");
        overlay.setPickOnBounds(false);
        overlay.getStylesheets().add(EvidenceBadge.stylesheet());
        panel.setId("referencePanel");
        panel.getStyleClass().add("reference-panel");
        panel.setAccessibleRole(AccessibleRole.DIALOG);
        panel.setAccessibleText("Reference");
        panel.setMaxWidth(Region.USE_PREF_SIZE);
        title.setId("referenceTitle");
        title.getStyleClass().add("reference-kind");
        heading.setId("referenceHeading");
        heading.getStyleClass().add("reference-heading");
        heading.setWrapText(true);
        body.setId("referenceBody");
        body.getStyleClass().add("reference-body");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        evidence.setId("referenceEvidence");
        cases.setId("referenceCases");
        close.setId("referenceClose");
        close.setOnAction(e -> vm.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, close);
        head.setAlignment(Pos.CENTER_LEFT);
        Label casesHead = new Label("Observed cases that show it");
        casesHead.getStyleClass().add("reference-subhead");
        Label listHead = new Label("Every rule, spec section and finding");
        listHead.getStyleClass().add("reference-subhead");
        list.setId("referenceList");
        list.getItems().setAll(vm.reference().entries());
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(ReferenceEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.id() + " \u2014 " + e.title());
                setWrapText(true);
                setPrefWidth(0); // wrap within the list instead of running past its edge
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.currentProperty().get()) vm.open(b.id());
        });
        VBox content = new VBox(8, head, heading, evidence, body, casesHead, cases, listHead, list);
        content.getStyleClass().add("reference-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reference-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        panel.getChildren().add(scroll);
        StackPane.setAlignment(panel, Pos.TOP_RIGHT);
        overlay.getChildren().add(panel);
        overlay.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            }
        });
        vm.currentProperty().addListener((o, a, b) -> show(b));
        vm.shownProperty().addListener((o, a, b) -> visible(b));
        visible(false);
    }

    /** The overlay to add above the window's content. */
    public Node node() {
        return overlay;
    }

    private void show(ReferenceEntry e) {
        if (e == null) return;
        title.setText(e.label());
        heading.setText(e.title());
        body.setText(e.text());
        evidence.getChildren().setAll(EvidenceViews.line(e.evidence()));
        cases.getChildren().clear();
        for (ReferenceViewModel.CaseRow c : vm.cases()) {
            // a case name has no spaces: a text flow wraps it anywhere rather than cutting it
            Text nameText = new Text(c.name());
            nameText.getStyleClass().add("reference-case");
            TextFlow name = new TextFlow(nameText);
            name.setMinWidth(0);
            HBox.setHgrow(name, Priority.ALWAYS);
            Button play = new Button(c.available() ? "Play" : "Not in this build yet",
                    new FontIcon(c.available() ? "mdi2p-play" : "mdi2b-block-helper"));
            play.setId("referencePlay-" + c.name());
            play.setDisable(!c.available());
            play.setMinWidth(Region.USE_PREF_SIZE);
            play.setAccessibleText("Play the case " + c.name() + " in the explorer");
            play.setOnAction(x -> vm.play(c.name()));
            HBox row = new HBox(8, name, play);
            row.setAlignment(Pos.CENTER_LEFT);
            cases.getChildren().add(row);
        }
        if (cases.getChildren().isEmpty()) {
            Label none = new Label(e.evidence().kind() == Evidence.Kind.MODELLED
                    ? "No observed case settles this: it is Cache Lab's own model."
                    : "No bundled case shows it on its own; its evidence names where it comes from.");
            none.setWrapText(true);
            none.getStyleClass().add("reference-none");
            cases.getChildren().add(none);
        }
        list.getSelectionModel().select(e);
        list.scrollTo(e);
    }

    private void visible(boolean on) {
        if (on && !overlay.isVisible()) {
            returnFocus = overlay.getScene() == null ? null : overlay.getScene().getFocusOwner();
        }
        overlay.setVisible(on);
        overlay.setManaged(on);
        panel.setVisible(on);
        if (on) {
            close.requestFocus();
        } else if (returnFocus != null && returnFocus.getScene() != null) {
            returnFocus.requestFocus();
            returnFocus = null;
        }
    }
}
