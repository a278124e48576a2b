package dev.cachelab.ui.explorer;

import dev.cachelab.ui.explorer.model.TimeText;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The timeline: a slider over the scenario's track, where every step has an equal share ({@link TimelineScale}),
 * with a marker per step above it. Dragging scrubs the engine's one virtual clock (going back replays); clicking a
 * marker jumps to just after that step. Markers are laid out again whenever the step list or the width changes, and
 * when there is no room for a number they become narrow ticks that are still clickable (the number is in the
 * tooltip).
 */
final class TimelineBar {

    private final VBox root = new VBox(0);
    private final Slider slider = new Slider(0, 1, 0);
    private final Pane markers = new Pane();
    /** Measures the em of the marker row, as CSS sets it (zoom). */
    private final Label probe = new Label();
    private final ExplorerViewModel vm;
    private boolean syncing;

    TimelineBar(ExplorerViewModel vm) {
        this.vm = vm;
        Playback p = vm.playback();
        root.getStylesheets().add(TimelineBar.class.getResource("TimelineBar.css").toExternalForm());
        slider.setId("timeline");
        slider.setAccessibleText("timeline of the scenario: each step has an equal share of it");
        markers.setId("timelineMarkers");
        markers.getStyleClass().add("timeline-markers");
        probe.setManaged(false);
        probe.setVisible(false);
        p.trackProperty().addListener((o, a, b) -> {
            if (!slider.isValueChanging()) {
                syncing = true;
                slider.setValue(b.doubleValue());
                syncing = false;
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) vm.seekTrack(slider.getValue());
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) vm.seekTrack(b.doubleValue());
        });
        p.markers().addListener((ListChangeListener<Playback.Marker>) c -> layoutMarkers());
        markers.widthProperty().addListener((o, a, b) -> layoutMarkers());
        slider.widthProperty().addListener((o, a, b) -> layoutMarkers());
        slider.skinProperty().addListener((o, a, b) -> layoutMarkers());
        root.getChildren().addAll(markers, slider);
        root.getStyleClass().add("timeline-bar");
        layoutMarkers();
    }

    Node node() {
        return root;
    }

    Slider slider() {
        return slider;
    }

    /** The slider's track runs between half a thumb from each side (JavaFX's SliderSkin). */
    private double thumbWidth() {
        Node thumb = slider.lookup(".thumb");
        return thumb instanceof Region r && r.getWidth() > 0 ? r.getWidth() : slider.getHeight() > 0 ? slider.getHeight() : 14;
    }

    private void layoutMarkers() {
        double thumb = thumbWidth();
        double left = slider.snappedLeftInset() + thumb / 2;
        double track = Math.max(0, slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset() - thumb);
        double room = track * vm.playback().scale().share();
        // a number needs about two characters of room; below that the markers are ticks
        double em = probe.getFont().getSize();
        boolean numbers = room >= 2.2 * em;
        markers.getChildren().setAll(probe);
        for (Playback.Marker m : vm.playback().markers()) {
            Label tick = new Label(numbers ? Integer.toString(m.step() + 1) : "");
            tick.getStyleClass().add(numbers ? "timeline-marker" : "timeline-tick");
            tick.setId("marker-" + (m.step() + 1));
            double w = numbers ? Math.min(room - 0.2 * em, 2.4 * em) : Math.max(3, room - 1);
            tick.setMinWidth(w);
            tick.setPrefWidth(w);
            tick.setMaxWidth(w);
            tick.setLayoutX(left + track * m.at() - w / 2);
            tick.setTooltip(new Tooltip(m.label() + "  (at " + TimeText.at(m.atMs()) + ")"));
            tick.setAccessibleText("step " + m.label() + ", at " + TimeText.at(m.atMs()));
            tick.setOnMouseClicked(e -> vm.seek(m.step() + 1));
            markers.getChildren().add(tick);
        }
    }
}
