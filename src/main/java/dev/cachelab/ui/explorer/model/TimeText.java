package dev.cachelab.ui.explorer.model;

import java.util.Locale;

/**
 * Absolute virtual times as a person reads them: "2.5 s" in a short scenario, "8 h 0 min 1 s" in the nightly
 * import. Sub-second digits are kept only under a minute, where they tell steps apart; above it whole units read
 * better than "28861.000 s". (Durations — countdowns — are {@link Countdowns#duration}.)
 */
public final class TimeText {

    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private TimeText() {
    }

    /**
     * An instant on a card, in the event log or the step list: "0 s", "2.5 s", "1.871 s", "1 min 5 s",
     * "8 h 0 min 1 s", "2 d 0 h 0 min 0 s". A fraction of a second above a minute is kept only when it is there.
     */
    public static String at(long ms) {
        if (ms < 0) ms = 0;
        if (ms < MINUTE) return trimmed(ms) + " s";
        return units(ms) + " " + trimmed(ms % MINUTE) + " s";
    }

    /**
     * The header clock, which changes every frame while playing: tenths of a second in a scenario shorter than an
     * hour ({@code spanMs}), where steps are seconds apart; whole seconds in a longer one, where tenths are digits
     * nobody can read ("8 h 0 min 1 s").
     */
    public static String clock(double ms, double spanMs) {
        if (ms < 0) ms = 0;
        long tenths = (long) Math.floor(ms / 100);
        if (spanMs < HOUR) {
            String seconds = String.format(Locale.ROOT, "%d.%d s", tenths % 600 / 10, tenths % 10);
            return tenths < 600 ? seconds : units(tenths * 100) + " " + seconds;
        }
        long whole = tenths * 100;
        if (whole < MINUTE) return (whole / 1000) + " s";
        return units(whole) + " " + (whole % MINUTE) / 1000 + " s";
    }

    /** "8 h 0 min", "1 min", "2 d 3 h 0 min": the units above the seconds. */
    private static String units(long ms) {
        long days = ms / DAY;
        long hours = ms % DAY / HOUR;
        long minutes = ms % HOUR / MINUTE;
        if (days > 0) return days + " d " + hours + " h " + minutes + " min";
        if (hours > 0) return hours + " h " + minutes + " min";
        return minutes + " min";
    }

    /** Seconds with up to three decimals and no trailing zeros: 2000 → "2", 2500 → "2.5", 1871 → "1.871". */
    private static String trimmed(long ms) {
        long s = ms / 1000;
        long frac = ms % 1000;
        if (frac == 0) return Long.toString(s);
        String f = String.format(Locale.ROOT, "%03d", frac).replaceAll("0+$", "");
        return s + "." + f;
    }
}
