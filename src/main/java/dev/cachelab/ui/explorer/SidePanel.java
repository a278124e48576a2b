package dev.cachelab.ui.explorer;

import dev.cachelab.ui.explorer.model.TimeText;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;
import javafx.scene.layout.Region;

/**
 * The details beside the picture, on demand: the scenario's summary and code with its running line, Why? for what
 * was clicked, the notes on real Next.js, the step list and the engine's events and server log.
 */
final class SidePanel {

    static final int WHY_TAB = 1;
    static final int NOTES_TAB = 2;

    private final ExplorerViewModel vm;
    private final TabPane tabs;
    private final VBox codeBox;

    SidePanel(ExplorerViewModel vm) {
        this.vm = vm;
        Label loading = new Label("Loading the code…");
        loading.getStyleClass().add("card-note");
        codeBox = new VBox(6, summary(), loading);
        codeBox.setPadding(new Insets(6));
        tabs = new TabPane(new Tab("Code", codeBox), lazyTab("Why?", () -> InsightPanels.why(vm)),
                lazyTab("Notes", () -> InsightPanels.notes(vm, false)), lazyTab("Steps", this::stepList),
                lazyTab("Events", this::eventPane));
        tabs.setId("sideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(0);
    }

    Node node() {
        return tabs;
    }

    void select(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    /** RichTextFX is the costliest part of the first frame: the view builds the code panel just after it. */
    void buildCode() {
        if (!(codeBox.getChildren().get(1) instanceof Label)) return;
        CodePanel code = new CodePanel(vm.code(), vm.pipeline().runningLine().linesProperty());
        VBox.setVgrow(code.node(), Priority.ALWAYS);
        codeBox.getChildren().set(1, code.node());
    }

    /** The scenario's summary, in a pane the reader can fold away to give the code the room. */
    private Node summary() {
        Label summary = new Label();
        summary.setId("scenarioSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("scenario-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);
        TitledPane pane = new TitledPane("About this scenario", summary);
        pane.setId("summaryPane");
        pane.getStyleClass().add("summary-pane");
        pane.setAnimated(false);
        return pane;
    }

    /** A tab whose content is built the first time it is shown: fewer nodes to style before the first frame. */
    private static Tab lazyTab(String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) tab.setContent(content.get());
        });
        return tab;
    }

    private Node stepList() {
        ListView<ExplorerRows.StepRow> list = new ListView<>(vm.steps());
        list.setId("stepList");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ExplorerRows.StepRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("step-done", "step-current", "step-next");
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label((row.index() + 1) + ". " + TimeText.at(row.atMs()) + " — " + row.description());
                head.setWrapText(true);
                head.getStyleClass().add("step-head");
                Label narr = new Label(row.narration());
                narr.setWrapText(true);
                narr.getStyleClass().add("step-narration");
                VBox box = new VBox(2, head, narr);
                box.maxWidthProperty().bind(lv.widthProperty().subtract(30));
                setGraphic(box);
                getStyleClass().add("step-" + row.state().name().toLowerCase());
            }
        });
        list.setOnMouseClicked(e -> {
            ExplorerRows.StepRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && e.getClickCount() == 2) vm.seek(row.index() + 1);
        });
        list.setTooltip(new Tooltip("Double-click a step to jump to just after it"));
        return list;
    }

    /** A list cell whose text wraps at the list's width instead of being cut (a narrow panel, a high zoom). */
    private static void wrapToList(ListCell<?> cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
    }

    private Node eventPane() {
        ListView<ExplorerRows.EventRow> events = new ListView<>(vm.events());
        events.setId("eventList");
        events.getStyleClass().add("wrapping-list");
        events.setCellFactory(lv -> new ListCell<>() {
            { wrapToList(this); }

            @Override
            protected void updateItem(ExplorerRows.EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.time() + "  " + row.text());
            }
        });
        ListView<String> logs = new ListView<>(vm.pipeline().logs());
        logs.setCellFactory(lv -> new ListCell<>() {
            { wrapToList(this); }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        logs.setId("logList");
        logs.getStyleClass().addAll("wrapping-list", "server-log");
        logs.setPlaceholder(new Label("The server printed nothing in this step."));
        SplitPane split = new SplitPane(events, logs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        return split;
    }
}
