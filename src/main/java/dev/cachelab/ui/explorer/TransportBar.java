package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.Scenario;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;

/**
 * The explorer's top edge: the scenario picker and the transport (reset, back, play, step, speed, position), the
 * Details and Code toggles, then the timeline with the clock. In presenter mode it folds into one slim row of
 * icon-only transport and the timeline, so the picture keeps the height of the screen.
 */
final class TransportBar {

    private final VBox root = new VBox();
    private final ComboBox<Scenario> picker;
    private final Button open;
    private final Button reset;
    private final Button back;
    private final Button play;
    private final Button step;
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Label position = new Label();
    private final Label clock = new Label();
    private final Node timeline;
    private final ToggleButton details;
    private final ToggleButton code;
    private final ExplorerViewModel vm;

    TransportBar(ExplorerViewModel vm, Runnable openFile, BooleanProperty detailsShown, BooleanProperty codeShown) {
        this.vm = vm;
        root.getStyleClass().add("transport");
        picker = picker(vm);
        open = button("openButton", "Open…", "mdi2f-folder-open", "Open a scenario or case file (Ctrl+O)");
        open.setOnAction(e -> openFile.run());
        reset = button("resetButton", null, "mdi2s-skip-backward", "Reset: back to before the first step (Home)");
        reset.setOnAction(e -> vm.reset());
        back = button("stepBackButton", "Back", "mdi2s-step-backward", "Step back, replaying to the earlier time (←)");
        back.setOnAction(e -> vm.stepBack());
        back.disableProperty().bind(vm.canStepBackProperty().not());
        play = button("playButton", "Play", "mdi2p-play", "Play or pause the clock (Space)");
        play.setOnAction(e -> vm.togglePlay());
        vm.playback().playingProperty().addListener((o, a, now) -> {
            play.setText(now ? "Pause" : "Play");
            ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play");
        });
        step = button("stepButton", "Step", "mdi2s-step-forward", "Run the next step now (→)");
        step.setOnAction(e -> vm.stepForward());
        step.disableProperty().bind(vm.canStepForwardProperty().not());
        step.getStyleClass().add("step-button");
        speed.setId("speedPicker");
        speed.getItems().addAll(0.25, 0.5, 1.0, 2.0, 4.0);
        speed.setConverter(new StringConverter<>() {
            @Override public String toString(Double d) { return d == null ? "" : (d == Math.rint(d) ? String.valueOf(d.intValue()) : String.valueOf(d)) + "×"; }
            @Override public Double fromString(String s) { return Double.valueOf(s.replace("×", "")); }
        });
        speed.setValue(vm.playback().speedProperty().get());
        speed.valueProperty().addListener((o, a, b) -> { if (b != null) vm.playback().speedProperty().set(b); });
        vm.playback().speedProperty().addListener((o, a, b) -> speed.setValue(b.doubleValue()));
        speed.setTooltip(new Tooltip("Playback speed"));
        position.setId("positionLabel");
        position.getStyleClass().add("position-label");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(vm.positionProperty().asString("%,d").concat(" / ").concat(vm.stepCountProperty().asString("%,d")));
        clock.setId("clockLabel");
        clock.getStyleClass().add("clock-label");
        clock.textProperty().bind(vm.clockProperty());
        clock.setMinWidth(Region.USE_PREF_SIZE); // the timeline gives way, never the clock ("t = 8 h 0 min 1 s")
        timeline = new TimelineBar(vm).node();
        HBox.setHgrow(timeline, Priority.ALWAYS);
        details = toggle("detailsToggle", "Details", "mdi2t-text-box-search-outline",
                "Details on every card: countdowns, the route cache's second copies, timestamps (D)", detailsShown);
        code = toggle("codeToggle", "Code", "mdi2c-code-braces",
                "The code, Why?, notes, steps and events beside the picture (C)", codeShown);
        vm.presentingProperty().addListener((o, a, on) -> arrange());
        // a narrow window or a high zoom: the buttons show their icons only (names in tooltips)
        // (after the pass that changed them: rearranging children during CSS or layout is not allowed)
        root.widthProperty().addListener((o, a, b) -> arrangeLater());
        play.fontProperty().addListener((o, a, b) -> arrangeLater());
        arrange();
    }

    private boolean queued;

    private void arrangeLater() {
        if (queued || narrow() == narrow) return;
        queued = true;
        Platform.runLater(() -> {
            queued = false;
            if (narrow() != narrow) arrange();
        });
    }

    private boolean narrow;

    /** Fewer than 80 em across: the full row would not fit. */
    private boolean narrow() {
        return root.getWidth() > 0 && root.getWidth() < 80 * play.getFont().getSize();
    }

    Node node() {
        return root;
    }

    /**
     * Normal: two rows. Narrow: the same, icon-only. Presenting: one slim row, icon-only, without the picker, the
     * speed and the toggles.
     */
    private void arrange() {
        boolean presenting = vm.presentingProperty().get();
        narrow = narrow();
        boolean iconsOnly = presenting || narrow;
        for (Button b : List.of(open, reset, back, play, step)) {
            b.setContentDisplay(iconsOnly ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        for (ToggleButton t : List.of(details, code)) {
            t.setContentDisplay(iconsOnly ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        HBox clockRow = new HBox(8, timeline, clock);
        clockRow.setAlignment(Pos.CENTER_LEFT);
        if (presenting) {
            HBox row = new HBox(6, reset, back, play, step, clockRow, position);
            HBox.setHgrow(clockRow, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(4, 12, 4, 8));
            row.getStyleClass().add("transport-row");
            root.getChildren().setAll(row);
            return;
        }
        picker.setMinWidth(narrow ? 10 * play.getFont().getSize() : Region.USE_COMPUTED_SIZE);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, picker, open, new Separator(Orientation.VERTICAL), reset, back, play,
                step, speed, position, spacer, details, code);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 12, 4, 8));
        top.getStyleClass().add("transport-row");
        clockRow.setPadding(new Insets(0, 12, 2, 8));
        root.getChildren().setAll(top, clockRow);
    }

    private static ComboBox<Scenario> picker(ExplorerViewModel vm) {
        ComboBox<Scenario> picker = new ComboBox<>(vm.scenarios());
        picker.setId("scenarioPicker");
        picker.setConverter(new StringConverter<>() {
            @Override public String toString(Scenario s) { return s == null ? "" : vm.label(s); }
            @Override public Scenario fromString(String s) { return null; }
        });
        picker.valueProperty().bindBidirectional(vm.selectedProperty());
        picker.setTooltip(new Tooltip("Built-in scenarios, files you opened, and the sandbox"));
        return picker;
    }

    private static Button button(String id, String text, String icon, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static ToggleButton toggle(String id, String text, String icon, String tip, BooleanProperty state) {
        ToggleButton t = new ToggleButton(text, new FontIcon(icon));
        t.setId(id);
        t.setTooltip(new Tooltip(tip));
        t.setAccessibleText(tip);
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.selectedProperty().bindBidirectional(state);
        return t;
    }
}
