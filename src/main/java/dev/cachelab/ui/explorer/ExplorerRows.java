package dev.cachelab.ui.explorer;

/** Immutable rows of the explorer's step list and event log. */
public final class ExplorerRows {

    private ExplorerRows() {
    }

    public enum StepState { DONE, CURRENT, NEXT }

    public record StepRow(int index, long atMs, String description, String narration, StepState state) { }

    public record EventRow(String time, String text, String type) { }
}
