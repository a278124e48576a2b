package dev.cachelab.ui.explorer;

import dev.cachelab.engine.Step;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The explorer's clock controls: the virtual time shown (ms), playing or paused, speed 0.25×–4×, and the timeline's
 * markers (one per step, made when asked for) on a {@link TimelineScale} that gives every step an equal share of
 * the track. It holds no
 * engine state: {@link ExplorerViewModel} drives the engine from it.
 */
public final class Playback {

    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4.0;
    /** How long the timeline runs on after the last step, so countdowns can be watched. */
    static final long TAIL_MS = 3_000;
    /**
     * Playing, a gap between two steps lasts at most this long (wall time at 1×): the nightly import's eight hours
     * between midnight and the morning play as a time-lapse, the seconds of a short scenario as they are.
     */
    static final long LONGEST_GAP_MS = 4_000;

    /** A step on the timeline, {@code at} its place on the track (0 to 1). */
    public record Marker(int step, long atMs, double at, String label) { }

    private final ReadOnlyDoubleWrapper timeMs = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper endMs = new ReadOnlyDoubleWrapper(TAIL_MS);
    private final ReadOnlyDoubleWrapper track = new ReadOnlyDoubleWrapper(0);
    private TimelineScale scale = TimelineScale.of(List.of(), TAIL_MS);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1.0);
    /** One per step, made when the timeline asks for it (a scenario may have 100,000 steps). */
    private final LazyList<Marker> markers = new LazyList<>();
    private BitSet actions = new BitSet();

    Playback() {
        speed.addListener((o, a, b) -> {
            double v = b.doubleValue();
            if (v < MIN_SPEED || v > MAX_SPEED) speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, v)));
        });
    }

    public ReadOnlyDoubleProperty timeMsProperty() { return timeMs.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty endMsProperty() { return endMs.getReadOnlyProperty(); }
    /** Where the time is on the track, 0 to 1 (the timeline's thumb). */
    public ReadOnlyDoubleProperty trackProperty() { return track.getReadOnlyProperty(); }
    public TimelineScale scale() { return scale; }
    public BooleanProperty playingProperty() { return playing; }
    public DoubleProperty speedProperty() { return speed; }
    public ObservableList<Marker> markers() { return markers; }
    /**
     * The steps that run the app's own code on the server or in the browser (Server Actions, Route Handlers, client
     * calls, traffic): where writes and invalidations happen, for the timeline's overview of a long scenario.
     */
    public BitSet actions() { return actions; }

    /** A new step list: the scale and the end first, then the markers, so their listeners see the new track. */
    void load(List<Step> steps) {
        BitSet acting = new BitSet(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s instanceof Step.ServerAction || s instanceof Step.RouteHandler || s instanceof Step.ClientCall
                    || s instanceof Step.Traffic) acting.set(i);
        }
        load(steps.stream().map(Step::atMs).toList(), i -> steps.get(i).describe(), acting);
    }

    /** Moments at {@code times} (in order) described by {@code labels}: compare mode's rows. */
    void load(List<Long> times, List<String> labels) {
        load(times, labels::get, new BitSet());
    }

    private void load(List<Long> times, IntFunction<String> label, BitSet acting) {
        long last = times.isEmpty() ? 0 : times.get(times.size() - 1);
        TimelineScale next = TimelineScale.of(times, last + TAIL_MS);
        scale = next;
        actions = acting;
        endMs.set(scale.endMs());
        playing.set(false);
        setTime(0);
        markers.setAll(times.size(), i -> new Marker(i, times.get(i), next.markerAt(i), (i + 1) + ". " + label.apply(i)));
    }

    void setTime(double ms) {
        timeMs.set(Math.max(0, Math.min(ms, endMs.get())));
        track.set(scale.trackAt(timeMs.get()));
    }

    /** Virtual ms per wall ms at 1× where the clock is now: 1, or more in a gap longer than {@link #LONGEST_GAP_MS}. */
    double rate() {
        return Math.max(1.0, scale.segmentMsAt(timeMs.get()) / (double) LONGEST_GAP_MS);
    }

    double time() { return timeMs.get(); }
    double end() { return endMs.get(); }
    boolean isPlaying() { return playing.get(); }
    double speed() { return speed.get(); }
}
