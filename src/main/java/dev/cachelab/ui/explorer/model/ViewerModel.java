package dev.cachelab.ui.explorer.model;

import java.util.List;

/**
 * What one person sees: the page's URL and a line per function with its data version and how it got it, the error
 * page, or nothing yet; plus a note (status, header, the state of the browser's router cache).
 */
public record ViewerModel(String who, String url, List<Line> lines, boolean errorPage, String note) {

    /** {@code outcome} is HIT, MISS, STALE or empty when nothing changed in this step. */
    public record Line(String function, int version, String outcome) { }

    public static ViewerModel nothing(String who, String note) {
        return new ViewerModel(who, "", List.of(), false, note);
    }

    public String text() {
        if (errorPage) return "This page couldn't load\nA server error occurred.";
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            if (b.length() > 0) b.append('\n');
            b.append(l.function()).append(": v").append(l.version());
            if (!l.outcome().isEmpty()) b.append(" (").append(l.outcome()).append(')');
        }
        return b.toString();
    }
}
