package dev.cachelab.ui.explorer;

import dev.cachelab.engine.Step;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The explorer's clock controls: the virtual time shown (ms), playing or paused, speed 0.25×–4×, and the timeline's
 * markers (one per step). It holds no engine state: {@link ExplorerViewModel} drives the engine from it.
 */
public final class Playback {

    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4.0;
    /** How long the timeline runs on after the last step, so countdowns can be watched. */
    static final long TAIL_MS = 3_000;

    /** A step on the timeline. */
    public record Marker(int step, long atMs, String label) { }

    private final ReadOnlyDoubleWrapper timeMs = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper endMs = new ReadOnlyDoubleWrapper(TAIL_MS);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1.0);
    private final ObservableList<Marker> markers = FXCollections.observableArrayList();

    Playback() {
        speed.addListener((o, a, b) -> {
            double v = b.doubleValue();
            if (v < MIN_SPEED || v > MAX_SPEED) speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, v)));
        });
    }

    public ReadOnlyDoubleProperty timeMsProperty() { return timeMs.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty endMsProperty() { return endMs.getReadOnlyProperty(); }
    public BooleanProperty playingProperty() { return playing; }
    public DoubleProperty speedProperty() { return speed; }
    public ObservableList<Marker> markers() { return markers; }

    void load(List<Step> steps) {
        markers.clear();
        for (int i = 0; i < steps.size(); i++) {
            markers.add(new Marker(i, steps.get(i).atMs(), (i + 1) + ". " + steps.get(i).describe()));
        }
        long last = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).atMs();
        endMs.set(last + TAIL_MS);
        timeMs.set(0);
        playing.set(false);
    }

    void setTime(double ms) {
        timeMs.set(Math.max(0, Math.min(ms, endMs.get())));
    }

    double time() { return timeMs.get(); }
    double end() { return endMs.get(); }
    boolean isPlaying() { return playing.get(); }
    double speed() { return speed.get(); }
}
