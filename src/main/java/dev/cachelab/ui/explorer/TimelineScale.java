package dev.cachelab.ui.explorer;

import java.util.List;

/**
 * Maps the scenario's virtual time onto the timeline's track (0 to 1) so that every step is readable: each step
 * gets an equal share of the track, from its marker to the next one (the last step's share runs to the end of the
 * tail), and time is linear inside each share. A step at 1 s and one at 8 h are as far apart as two a second
 * apart, so markers never pile up; dragging still moves the one virtual clock continuously. When the first step
 * is later than 0 ms, the time before it gets a share of its own.
 */
public final class TimelineScale {

    /** The knots: each a time (ms) at an evenly spaced place on the track. */
    private final long[] knotMs;
    /** The knot of each step. */
    private final int[] stepKnot;

    private TimelineScale(long[] knotMs, int[] stepKnot) {
        this.knotMs = knotMs;
        this.stepKnot = stepKnot;
    }

    /** A scale for steps at {@code stepMs} (in order), the track ending at {@code endMs}. */
    public static TimelineScale of(List<Long> stepMs, long endMs) {
        int n = stepMs.size();
        boolean lead = n == 0 || stepMs.get(0) > 0;
        long[] knots = new long[n + (lead ? 2 : 1)];
        int[] stepKnot = new int[n];
        int k = 0;
        if (lead) knots[k++] = 0L;
        for (int i = 0; i < n; i++) {
            stepKnot[i] = k;
            knots[k++] = stepMs.get(i);
        }
        knots[k] = Math.max(endMs, knots[k - 1] + 1);
        return new TimelineScale(knots, stepKnot);
    }

    private int segments() {
        return knotMs.length - 1;
    }

    public long endMs() {
        return knotMs[knotMs.length - 1];
    }

    /** Where step {@code index}'s marker sits, 0 to 1. */
    public double markerAt(int index) {
        return stepKnot[index] / (double) segments();
    }

    /** The share of the track each step gets (the distance between two neighbouring markers). */
    public double share() {
        return 1.0 / segments();
    }

    /**
     * Where {@code ms} sits on the track. Steps at the same time share the place of the last of them (all of
     * them have run at that time).
     */
    public double trackAt(double ms) {
        if (ms <= knotMs[0]) return 0;
        if (ms >= endMs()) return 1;
        int j = lastKnotAtOrBefore(ms);
        long span = knotMs[j + 1] - knotMs[j];
        double local = span <= 0 ? 0 : (ms - knotMs[j]) / span;
        return (j + local) / segments();
    }

    /** How many steps have run at {@code ms}: those at or before it. */
    public int stepsUpTo(double ms) {
        int lo = 0;
        int hi = stepKnot.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (knotMs[stepKnot[mid]] <= ms) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The last knot, below the final one, at or before {@code ms} (0 if none): a binary search, for long scenarios. */
    private int lastKnotAtOrBefore(double ms) {
        int lo = 0;
        int hi = segments() - 1;
        if (knotMs[0] > ms) return 0;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (knotMs[mid] <= ms) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The virtual time at {@code fraction} of the track (linear inside each step's share). */
    public double timeAt(double fraction) {
        double f = Math.max(0, Math.min(1, fraction)) * segments();
        int j = Math.min((int) Math.floor(f), segments() - 1);
        double local = f - j;
        return knotMs[j] + local * (knotMs[j + 1] - knotMs[j]);
    }

    /** How long (ms of virtual time) the share holding {@code ms} lasts: for playing long gaps as a time-lapse. */
    public long segmentMsAt(double ms) {
        int j = lastKnotAtOrBefore(ms);
        return knotMs[j + 1] - knotMs[j];
    }
}
