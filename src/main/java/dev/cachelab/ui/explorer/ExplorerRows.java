package dev.cachelab.ui.explorer;

/** Immutable rows of the explorer's step list and event log. */
public final class ExplorerRows {

    private ExplorerRows() {
    }

    public enum StepState { DONE, CURRENT, NEXT }

    public record StepRow(int index, long atMs, String description, String narration, StepState state) { }

    /** One engine event; its text is built only when a cell shows it (a step can have hundreds of events). */
    public record EventRow(dev.cachelab.engine.event.EngineEvent event) {
        public String time() {
            return String.format("%.3f", dev.cachelab.engine.VirtualClock.toMs(event.at()) / 1000.0);
        }

        public String text() {
            return event.describe();
        }

        public String type() {
            return event.getClass().getSimpleName();
        }
    }
}
