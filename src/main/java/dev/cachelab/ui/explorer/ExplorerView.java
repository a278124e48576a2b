package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.Scenario;
import dev.cachelab.ui.explorer.model.TimeText;
import dev.cachelab.ui.explorer.pipeline.PipelineAnimator;
import dev.cachelab.ui.explorer.pipeline.PipelineView;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The explorer's scene graph: transport controls and timeline, the narration, the animated pipeline, the code with
 * its running line, notes on real Next.js, "why?", the step list and event log, and the tool picker. It binds to
 * {@link ExplorerViewModel} and forwards input to its commands; it decides nothing.
 */
final class ExplorerView {

    private final BorderPane root = new BorderPane();
    private final ExplorerViewModel vm;
    private final PipelineView pipeline;
    private final StackPane stage = new StackPane();
    private final CompareView compare;
    private final SandboxBar sandboxBar;
    private final AnimationTimer timer;

    ExplorerView(ExplorerViewModel vm, Runnable openFile) {
        this.vm = vm;
        root.getStyleClass().add("explorer");
        root.setId("explorer");
        root.getStylesheets().add(ExplorerView.class.getResource("ExplorerView.css").toExternalForm());
        pipeline = new PipelineView(vm);
        vm.setAnimator(new PipelineAnimator(pipeline, () -> vm.playback().speedProperty().get()));
        compare = new CompareView(vm);
        sandboxBar = new SandboxBar(vm, this::toggleCompare);
        stage.getChildren().add(pipeline.root());
        vm.comparingProperty().addListener((o, was, on) -> stage.getChildren().setAll(on ? compare.node() : pipeline.root()));
        VBox.setVgrow(stage, Priority.ALWAYS);

        stage.getStyleClass().add("pipeline-stage"); // keeps a minimum height: the panels above scroll instead
        VBox left = new VBox(6, narration(), shrinkable(InsightPanels.prediction(vm)), shrinkable(InsightPanels.notes(vm, true)), stage);
        left.setPadding(new Insets(6, 6, 0, 12));
        SplitPane center = new SplitPane(left, sidePanel());
        center.setDividerPositions(0.66); // the pipeline gets the room; the code wraps to the rest
        Label clock = new Label();
        clock.setId("clockLabel");
        clock.getStyleClass().add("clock-label");
        clock.textProperty().bind(vm.clockProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE); // the timeline gives way, never the clock ("t = 8 h 0 min 1 s")
        Node timeline = new TimelineBar(vm).node();
        HBox.setHgrow(timeline, Priority.ALWAYS);
        HBox clockRow = new HBox(8, timeline, clock);
        clockRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        clockRow.setPadding(new Insets(0, 12, 0, 0));
        root.setTop(new VBox(toolbar(openFile), clockRow));
        root.setCenter(center);
        root.setBottom(sandboxBar.node());
        // → ← Space Home Esc: step, back, play, start, close compare (ExplorerKeys says which control keeps which)
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> ExplorerKeys.handle(e, vm));

        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) vm.frame((now - last) / 1e6);
                last = now;
            }
        };
        timer.start();
    }

    Node root() {
        return root;
    }

    /**
     * A panel above the pipeline (a question, a note) that gives way in a short window or at a high zoom: it scrolls
     * rather than pushing the pipeline out of sight.
     */
    private static Node shrinkable(Node panel) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(panel) {
            // measured at the width it gets, so wrapped lines count and the panel is not cut while there is room
            @Override
            public Orientation getContentBias() {
                return Orientation.HORIZONTAL;
            }

            @Override
            protected double computePrefHeight(double width) {
                Insets in = getInsets();
                double inner = width < 0 ? -1 : width - in.getLeft() - in.getRight();
                return in.getTop() + panel.prefHeight(inner) + in.getBottom();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("insight-scroll");
        scroll.visibleProperty().bind(panel.visibleProperty());
        scroll.managedProperty().bind(panel.managedProperty());
        return scroll;
    }

    /** "Compare all tools": the chosen mutation, called from the chosen place; again to go back to the pipeline. */
    void toggleCompare() {
        if (vm.comparingProperty().get()) vm.closeCompare();
        else vm.openCompare(sandboxBar.mutation(), sandboxBar.site());
    }

    private ToolBar toolbar(Runnable openFile) {
        ComboBox<Scenario> picker = new ComboBox<>(vm.scenarios());
        picker.setId("scenarioPicker");
        picker.setConverter(new StringConverter<>() {
            @Override public String toString(Scenario s) { return s == null ? "" : s.title() + (s.isCase() ? " (case)" : ""); }
            @Override public Scenario fromString(String s) { return null; }
        });
        picker.valueProperty().bindBidirectional(vm.selectedProperty());
        picker.setTooltip(new Tooltip("Built-in scenarios, files you opened, and the sandbox"));
        Button open = button("openButton", "Open…", "mdi2f-folder-open", "Open a scenario or case file (Ctrl+O)");
        open.setOnAction(e -> openFile.run());
        Button reset = button("resetButton", null, "mdi2s-skip-backward", "Reset: back to before the first step (Home)");
        reset.setOnAction(e -> vm.reset());
        Button back = button("stepBackButton", "Back", "mdi2s-step-backward", "Step back, replaying to the earlier time (←)");
        back.setOnAction(e -> vm.stepBack());
        back.disableProperty().bind(vm.canStepBackProperty().not());
        Button play = button("playButton", "Play", "mdi2p-play", "Play or pause the clock (Space)");
        play.setOnAction(e -> vm.togglePlay());
        vm.playback().playingProperty().addListener((o, a, now) -> {
            play.setText(now ? "Pause" : "Play");
            play.setGraphic(new FontIcon(now ? "mdi2p-pause" : "mdi2p-play"));
        });
        Button step = button("stepButton", "Step", "mdi2s-step-forward", "Run the next step now (→)");
        step.setOnAction(e -> vm.stepForward());
        step.disableProperty().bind(vm.canStepForwardProperty().not());
        step.getStyleClass().add("step-button"); // not "accent": inside a tool bar that draws white text on nothing
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speedPicker");
        speed.getItems().addAll(0.25, 0.5, 1.0, 2.0, 4.0);
        speed.setConverter(new StringConverter<>() {
            @Override public String toString(Double d) { return d == null ? "" : (d == Math.rint(d) ? String.valueOf(d.intValue()) : String.valueOf(d)) + "×"; }
            @Override public Double fromString(String s) { return Double.valueOf(s.replace("×", "")); }
        });
        speed.setValue(vm.playback().speedProperty().get());
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) vm.playback().speedProperty().set(b);
        });
        vm.playback().speedProperty().addListener((o, a, b) -> speed.setValue(b.doubleValue()));
        speed.setTooltip(new Tooltip("Playback speed"));
        Label pos = new Label();
        pos.setId("positionLabel");
        pos.textProperty().bind(vm.positionProperty().asString().concat(" / ").concat(vm.stepCountProperty().asString()));
        return new ToolBar(picker, open, new Separator(), reset, back, play, step, speed, pos);
    }

    private static Button button(String id, String text, String icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    private Node narration() {
        Label title = new Label();
        title.setId("scenarioTitle");
        title.getStyleClass().add("scenario-title");
        title.textProperty().bind(vm.titleProperty());
        Label narration = new Label();
        narration.setId("narrationLabel");
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.setMaxWidth(Double.MAX_VALUE);
        narration.textProperty().bind(vm.narrationProperty());
        narration.setMinHeight(Region.USE_PREF_SIZE); // the pipeline below shrinks, never the narration
        return new VBox(4, title, narration);
    }

    private Node sidePanel() {
        Node summary = summary();
        Label loading = new Label("Loading the code…");
        loading.getStyleClass().add("card-note");
        VBox codeBox = new VBox(6, summary, loading);
        codeBox.setPadding(new Insets(6));
        // RichTextFX is the costliest part of the first frame: build the code view just after it
        whenFirstFrameShown(() -> {
            CodePanel code = new CodePanel(vm.code(), vm.pipeline().runningLine().linesProperty());
            VBox.setVgrow(code.node(), Priority.ALWAYS);
            codeBox.getChildren().set(1, code.node());
        });
        TabPane tabs = new TabPane(new Tab("Code", codeBox), lazyTab("Why?", () -> InsightPanels.why(vm)),
                lazyTab("Notes", () -> InsightPanels.notes(vm, false)), lazyTab("Steps", this::stepList),
                lazyTab("Events", this::eventPane));
        tabs.setId("sideTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.why().subjectProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) tabs.getSelectionModel().select(1);
        });
        return tabs;
    }

    /**
     * The scenario's summary above its code: three lines at most, so the code keeps its room in a small window or
     * at a high zoom, with "more" to read all of it when it is longer (never cut without a way to see the rest).
     */
    private Node summary() {
        Label summary = new Label();
        summary.setId("scenarioSummary");
        summary.setWrapText(true);
        summary.getStyleClass().addAll("scenario-summary", "collapsed");
        summary.textProperty().bind(vm.summaryProperty());
        javafx.scene.control.Hyperlink more = new javafx.scene.control.Hyperlink("more");
        more.setId("summaryMore");
        more.getStyleClass().add("summary-more");
        more.setVisible(false);
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> {
            boolean collapse = !summary.getStyleClass().contains("collapsed");
            if (collapse) summary.getStyleClass().add("collapsed");
            else summary.getStyleClass().remove("collapsed");
            more.setText(collapse ? "more" : "less");
        });
        summary.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(summary.getText()), summary.textProperty()));
        // "more" shows while the three lines cut the text, and "less" while it is open
        summary.needsLayoutProperty().addListener((o, was, now) -> {
            if (now) return;
            boolean cut = summary.lookup(".text") instanceof javafx.scene.text.Text t && !t.getText().equals(summary.getText());
            more.setVisible(cut || !summary.getStyleClass().contains("collapsed"));
        });
        VBox box = new VBox(0, summary, more);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private Runnable deferred;

    /** Builds now what waits for the first frame (an offscreen snapshot has no frames). */
    void buildDeferred() {
        if (deferred != null) deferred.run();
    }

    /**
     * Runs {@code task} once, after the first frame of the window showing this view has been drawn (or at once from
     * {@link #buildDeferred()}, for an offscreen snapshot, which has no frames).
     */
    private void whenFirstFrameShown(Runnable task) {
        deferred = () -> {
            if (deferred == null) return;
            deferred = null;
            task.run();
        };
        Runnable deferredWork = deferred;
        // once the view is in a window: that window's first frame, then the work, after the pulse's own timers
        javafx.beans.value.ObservableValue<javafx.stage.Window> window =
                root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty);
        Runnable afterFrame = () -> javafx.application.Platform.runLater(deferredWork);
        if (window.getValue() != null) {
            dev.cachelab.ui.shell.FirstFrame.after(window.getValue(), afterFrame);
            return;
        }
        window.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.stage.Window> o,
                                javafx.stage.Window was, javafx.stage.Window now) {
                if (now == null) return;
                o.removeListener(this);
                dev.cachelab.ui.shell.FirstFrame.after(now, afterFrame);
            }
        });
    }

    /** A tab whose content is built the first time it is shown: fewer nodes to style before the first frame. */
    private static Tab lazyTab(String title, java.util.function.Supplier<Node> content) {
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
            {
                wrapToList(this);
            }

            @Override
            protected void updateItem(ExplorerRows.EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.time() + "  " + row.text());
            }
        });
        ListView<String> logs = new ListView<>(vm.pipeline().logs());
        logs.setCellFactory(lv -> new ListCell<>() {
            {
                wrapToList(this);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        logs.setId("logList");
        logs.getStyleClass().add("wrapping-list");
        logs.setPlaceholder(new Label("The server printed nothing in this step."));
        logs.getStyleClass().add("server-log");
        SplitPane split = new SplitPane(events, logs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        return split;
    }
}
