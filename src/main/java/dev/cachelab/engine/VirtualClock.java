package dev.cachelab.engine;

/**
 * The one virtual clock (R1, T2). Time is a long of ticks: {@value #TICKS_PER_MS} per millisecond. Each event
 * takes the next tick, so events inside a step are strictly ordered while renders take no time. Age tests use the
 * step's millisecond ({@link #nowMs()}), as the cases do (T5). Nothing here reads the wall clock.
 */
public final class VirtualClock {

    public static final long TICKS_PER_MS = 1_000_000L;

    /** {@code next build} happens at tick 0, before every runtime event (T4). */
    public static final long BUILD_TIME = 0L;

    private long lastTick = BUILD_TIME;
    private long stepMs = 0;

    /** An independent clock showing the same time (an engine checkpoint). */
    public VirtualClock copy() {
        VirtualClock c = new VirtualClock();
        c.lastTick = lastTick;
        c.stepMs = stepMs;
        return c;
    }

    /** Sets the clock to a step's {@code atMs}. Time never goes backwards. */
    public void advanceTo(long ms) {
        if (ms < stepMs) throw new IllegalArgumentException("time goes backwards: " + ms + " < " + stepMs);
        stepMs = ms;
        lastTick = Math.max(lastTick, ms * TICKS_PER_MS);
    }

    /** The next event's instant, strictly after every earlier one. */
    public long tick() {
        return ++lastTick;
    }

    /** The latest instant handed out. */
    public long now() {
        return lastTick;
    }

    public long nowMs() {
        return stepMs;
    }

    public static long msOf(long tick) {
        return Math.floorDiv(tick, TICKS_PER_MS);
    }

    /** {@code tick + seconds}, saturating instead of overflowing (the default profile expires in 136 years). */
    public static long plusSeconds(long tick, long seconds) {
        long delta = seconds >= Long.MAX_VALUE / 1000 / TICKS_PER_MS ? Long.MAX_VALUE : seconds * 1000 * TICKS_PER_MS;
        return tick > Long.MAX_VALUE - delta ? Long.MAX_VALUE : tick + delta;
    }

    /** Milliseconds with the tick fraction, for traces: 1871.000003. */
    public static double toMs(long tick) {
        return tick / (double) TICKS_PER_MS;
    }
}
