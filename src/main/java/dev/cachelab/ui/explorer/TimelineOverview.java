package dev.cachelab.ui.explorer;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

import java.util.BitSet;

/**
 * The timeline of a scenario with more steps than pixels: a thin strip along the track (one node) with a mark
 * (one path, a segment per pixel column at most) wherever a step runs the app's own code, and a stride for the
 * numbered markers so that they never overlap. Whatever the number of steps, a handful of nodes.
 */
final class TimelineOverview {

    private TimelineOverview() {
    }

    /** The strip for {@code count} steps, {@code acting} marked, over the track from {@code left}, {@code track} wide. */
    static Node strip(BitSet acting, int count, double left, double track, double em) {
        Region bar = new Region();
        bar.getStyleClass().add("timeline-strip");
        bar.setId("timelineStrip");
        bar.setManaged(false);
        // under the numbered markers (the row is 1.4 em high; a marker's label fills its top em)
        double y = 1.1 * em;
        double h = 0.28 * em;
        bar.resizeRelocate(left, y, track, h);
        Path marks = new Path();
        marks.getStyleClass().add("timeline-strip-marks");
        marks.setManaged(false);
        int columns = (int) Math.max(1, Math.floor(track));
        for (int x = 0; x < columns; x++) {
            // the steps whose share of the track starts in this pixel column
            int from = (int) Math.ceil((double) x / columns * count);
            int to = (int) Math.ceil((double) (x + 1) / columns * count);
            int next = acting.nextSetBit(from);
            if (next >= 0 && next < to) {
                marks.getElements().addAll(new MoveTo(left + x + 0.5, y), new LineTo(left + x + 0.5, y + h));
            }
        }
        Group g = new Group(bar, marks);
        g.setManaged(false);
        g.setMouseTransparent(true);
        return g;
    }

    /** The width of the widest number among {@code count} steps, in em ("100,000" is seven characters). */
    static double labelEm(int count) {
        return String.format("%,d", count).length() * 0.62 + 0.6;
    }

    /**
     * Every how many steps a numbered marker goes: the smallest of 1, 2, 5, 10, 20, 50, … whose markers are at least
     * {@code needPx} apart when each step has {@code roomPx}.
     */
    static int stride(double needPx, double roomPx) {
        if (roomPx <= 0) return Integer.MAX_VALUE;
        long every = 1;
        int[] steps = {1, 2, 5};
        for (int k = 0; every * roomPx < needPx && every < Integer.MAX_VALUE / 10; k++) {
            every = steps[k % 3] * (long) Math.pow(10, k / 3);
        }
        return (int) every;
    }
}
