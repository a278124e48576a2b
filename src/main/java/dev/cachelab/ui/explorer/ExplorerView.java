package dev.cachelab.ui.explorer;

import dev.cachelab.engine.state.Freshness;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.ui.theme.StateBadges;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Function;

/** The explorer's scene graph. It only binds to {@link ExplorerViewModel} and forwards clicks to its commands. */
final class ExplorerView {

    private final BorderPane root = new BorderPane();
    private final ExplorerViewModel vm;

    ExplorerView(ExplorerViewModel vm, Runnable openFile) {
        this.vm = vm;
        root.getStyleClass().add("explorer");
        root.setId("explorer");
        root.setTop(new VBox(toolbar(openFile), header()));
        root.setLeft(stepList());
        SplitPane center = new SplitPane(cacheTabs(), eventPane());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.58);
        root.setCenter(center);
        root.setRight(viewpoints());
    }

    Node root() {
        return root;
    }

    private ToolBar toolbar(Runnable openFile) {
        ComboBox<Scenario> picker = new ComboBox<>(vm.scenarios());
        picker.setId("scenarioPicker");
        picker.setPrefWidth(360);
        picker.setConverter(new StringConverter<>() {
            @Override public String toString(Scenario s) { return s == null ? "" : s.title() + (s.isCase() ? " (case)" : ""); }
            @Override public Scenario fromString(String s) { return null; }
        });
        picker.valueProperty().bindBidirectional(vm.selectedProperty());
        Button open = button("openButton", "Open…", "mdi2f-folder-open", "Open a scenario or case file (Ctrl+O)");
        open.setOnAction(e -> openFile.run());
        Button reset = button("resetButton", "Reset", "mdi2r-restart", "Back to before the first step");
        reset.setOnAction(e -> vm.reset());
        reset.disableProperty().bind(vm.canStepBackProperty().not());
        Button back = button("stepBackButton", "Back", "mdi2s-step-backward", "Step back (replays to the earlier time)");
        back.setOnAction(e -> vm.stepBack());
        back.disableProperty().bind(vm.canStepBackProperty().not());
        Button step = button("stepButton", "Step", "mdi2s-step-forward", "Run the next step");
        step.setOnAction(e -> vm.stepForward());
        step.disableProperty().bind(vm.canStepForwardProperty().not());
        step.getStyleClass().add("accent");
        Label pos = new Label();
        pos.setId("positionLabel");
        pos.textProperty().bind(vm.positionProperty().asString().concat(" / ").concat(vm.stepCountProperty().asString()));
        Label clock = new Label();
        clock.setId("clockLabel");
        clock.textProperty().bind(vm.clockProperty());
        Region grow = new Region();
        javafx.scene.layout.HBox.setHgrow(grow, Priority.ALWAYS);
        return new ToolBar(picker, open, new Separator(), reset, back, step, pos, grow, clock);
    }

    private static Button button(String id, String text, String icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private VBox header() {
        Label title = new Label();
        title.setId("scenarioTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(vm.titleProperty());
        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label narration = new Label();
        narration.setId("narrationLabel");
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.textProperty().bind(vm.narrationProperty());
        VBox box = new VBox(4, title, summary, narration);
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    private Node stepList() {
        ListView<ExplorerRows.StepRow> list = new ListView<>(vm.steps());
        list.setId("stepList");
        list.setPrefWidth(300);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ExplorerRows.StepRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("step-done", "step-current", "step-next");
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label head = new Label((row.index() + 1) + ". " + row.description());
                head.setWrapText(true);
                head.getStyleClass().add("step-head");
                Label narr = new Label(row.narration());
                narr.setWrapText(true);
                narr.getStyleClass().add("step-narration");
                VBox box = new VBox(2, head, narr);
                box.setMaxWidth(260);
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

    private TabPane cacheTabs() {
        TableView<ExplorerRows.EntryRow> entries = new TableView<>(vm.entries());
        entries.setId("entryTable");
        entries.getColumns().add(col("Entry", ExplorerRows.EntryRow::key, 220));
        entries.getColumns().add(col("Data", r -> "v" + r.version(), 60));
        entries.getColumns().add(stateCol(ExplorerRows.EntryRow::freshness));
        entries.getColumns().add(col("Tags", r -> String.join("  ", r.tags()), 260));
        entries.getColumns().add(col("Filled at", ExplorerRows.EntryRow::storedAt, 90));
        entries.getColumns().add(col("cacheLife", ExplorerRows.EntryRow::life, 220));
        entries.setPlaceholder(new Label("No 'use cache' entry yet: the store is empty when the server starts."));

        TableView<ExplorerRows.RouteRow> routes = new TableView<>(vm.routes());
        routes.setId("routeTable");
        routes.getColumns().add(col("Page", ExplorerRows.RouteRow::pathname, 160));
        routes.getColumns().add(col("Copy", ExplorerRows.RouteRow::copy, 70));
        routes.getColumns().add(col("Shows", ExplorerRows.RouteRow::versions, 200));
        routes.getColumns().add(stateCol(ExplorerRows.RouteRow::freshness));
        routes.getColumns().add(col("Because", ExplorerRows.RouteRow::reason, 200));
        routes.getColumns().add(col("Rendered by", ExplorerRows.RouteRow::origin, 160));
        routes.setPlaceholder(new Label("No prerendered page in this app."));

        TableView<ExplorerRows.TagRow> tags = new TableView<>(vm.tags());
        tags.setId("tagTable");
        tags.getColumns().add(col("Tag", ExplorerRows.TagRow::tag, 260));
        tags.getColumns().add(col("Stale since", ExplorerRows.TagRow::stale, 100));
        tags.getColumns().add(col("Expires", ExplorerRows.TagRow::expired, 100));
        tags.getColumns().add(col("Written by", ExplorerRows.TagRow::cause, 360));
        tags.setPlaceholder(new Label("No tag invalidated yet: invalidation only writes timestamps here."));

        TabPane tabs = new TabPane(new Tab("'use cache' entries", entries), new Tab("Route cache", routes),
                new Tab("Tags manifest", tags));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("cacheTabs");
        return tabs;
    }

    private Node eventPane() {
        ListView<ExplorerRows.EventRow> list = new ListView<>(vm.events());
        list.setId("eventList");
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ExplorerRows.EventRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.time() + " s  " + row.text());
            }
        });
        ListView<String> logs = new ListView<>(vm.logs());
        logs.setId("logList");
        logs.setPlaceholder(new Label("The server printed nothing in this step."));
        logs.getStyleClass().add("server-log");
        SplitPane split = new SplitPane(titled("Events of this step", list), titled("Server log", logs));
        split.setDividerPositions(0.62);
        return split;
    }

    private Node viewpoints() {
        VBox box = new VBox(12, viewpoint("userView", vm.userProperty()), viewpoint("visitorView", vm.visitorProperty()));
        box.setPadding(new Insets(8));
        box.setPrefWidth(280);
        box.getStyleClass().add("viewpoints");
        return box;
    }

    private Node viewpoint(String id, ReadOnlyObjectProperty<ExplorerRows.Viewpoint> vp) {
        Label who = new Label();
        who.getStyleClass().add("viewpoint-who");
        Label url = new Label();
        url.getStyleClass().add("viewpoint-url");
        Label body = new Label();
        body.setWrapText(true);
        body.getStyleClass().add("viewpoint-body");
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("viewpoint-note");
        Runnable update = () -> {
            ExplorerRows.Viewpoint v = vp.get();
            who.setText(v.who() + " sees");
            url.setText(v.url());
            body.setText(String.join("\n", v.lines()));
            note.setText(v.note());
        };
        vp.addListener((o, a, b) -> update.run());
        update.run();
        VBox card = new VBox(4, who, url, body, note);
        card.setId(id);
        card.getStyleClass().add("viewpoint-card");
        return card;
    }

    private static Node titled(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("pane-title");
        VBox box = new VBox(4, l, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setPadding(new Insets(4));
        return box;
    }

    private static <R> TableColumn<R, String> col(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <R> TableColumn<R, Freshness> stateCol(Function<R, Freshness> value) {
        TableColumn<R, Freshness> c = new TableColumn<>("State");
        c.setCellValueFactory(cd -> new SimpleObjectProperty<>(value.apply(cd.getValue())));
        c.setPrefWidth(140);
        c.setCellFactory(tc -> new TableCell<>() {
            @Override
            protected void updateItem(Freshness f, boolean empty) {
                super.updateItem(f, empty);
                setGraphic(empty || f == null ? null : StateBadges.badge(f));
                setText(null);
            }
        });
        return c;
    }
}
