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

import java.util.List;

/**
 * The timeline: a slider over the scenario's track, where every step has an equal share ({@link TimelineScale}),
 * with markers above it. Dragging scrubs the engine's one virtual clock; clicking a marker jumps to just after that
 * step. Markers are laid out again whenever the step list or the width changes, and only as many nodes are made as
 * fit: a numbered marker per step when there is room, else a narrow tick per step (still clickable, the number in
 * the tooltip), else — a long scenario — an overview: a thin strip along the track marking where the app's own code
 * runs (actions, handlers: where writes and invalidations happen) and a numbered marker every so many steps.
 */
final class TimelineBar {

    private final VBox root = new VBox(0);
    private final Slider slider = new Slider(0, 1, 0);
    private final Pane markers = new Pane();
    /** Measures the em of the marker row, as CSS sets it (zoom). */
    private final Label probe = new Label();
    /** Below this many pixels per step there is no tick per step but an overview (bounded nodes at any length). */
    static final double MIN_TICK_PX = 4;
    private final Tooltip tip = new Tooltip();
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
        slider.setValue(p.trackProperty().get()); // a view made after the explorer moved starts where it is
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
        List<Playback.Marker> all = vm.playback().markers();
        double room = track * vm.playback().scale().share();
        // a number needs about two characters of room; below that the markers are ticks, below a few pixels an overview
        double em = probe.getFont().getSize();
        markers.getChildren().setAll(probe);
        if (room >= 2.2 * em) {
            for (Playback.Marker m : all) place(marker(m, true, Math.min(room - 0.2 * em, 2.4 * em)), m, left, track);
        } else if (room >= MIN_TICK_PX) {
            for (Playback.Marker m : all) place(marker(m, false, Math.max(3, room - 1)), m, left, track);
        } else if (!all.isEmpty()) {
            markers.getChildren().add(TimelineOverview.strip(vm.playback().actions(), all.size(), left, track, em));
            double width = TimelineOverview.labelEm(all.size()) * em;
            int every = TimelineOverview.stride(width + 0.4 * em, room);
            for (int i = every - 1; i < all.size(); i += every) place(marker(all.get(i), true, width), all.get(i), left, track);
        }
    }

    /** A step's marker: its number when {@code numbered}, else a narrow tick; clicking it jumps to just after the step. */
    private Label marker(Playback.Marker m, boolean numbered, double w) {
        Label tick = new Label(numbered ? String.format("%,d", m.step() + 1) : "");
        tick.getStyleClass().add(numbered ? "timeline-marker" : "timeline-tick");
        tick.setId("marker-" + (m.step() + 1));
        tick.setMinWidth(w);
        tick.setPrefWidth(w);
        tick.setMaxWidth(w);
        tick.setAccessibleText("step " + m.label() + ", at " + TimeText.at(m.atMs()));
        tick.setOnMouseClicked(e -> vm.seek(m.step() + 1));
        // one tooltip for the whole row (made once), its text set as the pointer reaches a marker
        tick.setOnMouseEntered(e -> tip.setText(m.label() + "  (at " + TimeText.at(m.atMs()) + ")"));
        return tick;
    }

    private void place(Label tick, Playback.Marker m, double left, double track) {
        tick.setLayoutX(left + track * m.at() - tick.getPrefWidth() / 2);
        Tooltip.install(tick, tip);
        markers.getChildren().add(tick);
    }
}
