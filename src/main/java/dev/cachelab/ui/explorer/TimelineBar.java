package dev.cachelab.ui.explorer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The timeline: a slider over the scenario's virtual time with a marker per step. Dragging scrubs the engine's clock
 * (going back replays); clicking a marker jumps to just after that step.
 */
final class TimelineBar {

    private final VBox root = new VBox(0);
    private final Slider slider = new Slider(0, 1, 0);
    private final Pane markers = new Pane();
    private final ExplorerViewModel vm;
    private boolean syncing;

    TimelineBar(ExplorerViewModel vm) {
        this.vm = vm;
        Playback p = vm.playback();
        slider.setId("timeline");
        slider.maxProperty().bind(p.endMsProperty());
        slider.setAccessibleText("timeline of the scenario's virtual time");
        markers.setId("timelineMarkers");
        markers.getStyleClass().add("timeline-markers");
        markers.setPrefHeight(16);
        markers.setMinHeight(16);
        p.timeMsProperty().addListener((o, a, b) -> {
            if (!slider.isValueChanging()) {
                syncing = true;
                slider.setValue(b.doubleValue());
                syncing = false;
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) vm.seekTime(slider.getValue());
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing && !slider.isValueChanging()) vm.seekTime(b.doubleValue());
        });
        p.markers().addListener((ListChangeListener<Playback.Marker>) c -> layoutMarkers());
        markers.widthProperty().addListener((o, a, b) -> layoutMarkers());
        root.getChildren().addAll(markers, slider);
        root.setPadding(new Insets(0, 12, 4, 12));
        root.getStyleClass().add("timeline-bar");
        layoutMarkers();
    }

    Node node() {
        return root;
    }

    Slider slider() {
        return slider;
    }

    private void layoutMarkers() {
        markers.getChildren().clear();
        double end = vm.playback().endMsProperty().get();
        double w = markers.getWidth() - 14; // the slider's thumb inset
        for (Playback.Marker m : vm.playback().markers()) {
            Label tick = new Label(Integer.toString(m.step() + 1));
            tick.getStyleClass().add("timeline-marker");
            tick.setId("marker-" + (m.step() + 1));
            tick.setLayoutX(7 + w * (m.atMs() / Math.max(1, end)) - 5);
            tick.setTooltip(new Tooltip(String.format("%.1f s — %s", m.atMs() / 1000.0, m.label())));
            tick.setOnMouseClicked(e -> vm.seek(m.step() + 1));
            markers.getChildren().add(tick);
        }
    }
}
