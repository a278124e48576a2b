package dev.cachelab.ui.explorer;

/** Immutable rows of the explorer's step list and event log. */
public final class ExplorerRows {

    private ExplorerRows() {
    }

    public enum StepState { DONE, CURRENT, NEXT }

    public record StepRow(int index, long atMs, String description, String narration, StepState state) { }

    /** One engine event; its text is built only when a cell shows it (a step can have hundreds of events). */
    public record EventRow(dev.cachelab.engine.event.EngineEvent event) {
        /** When it happened, as people read it: "2.5 s", "8 h 0 min 1 s". */
        public String time() {
            return dev.cachelab.ui.explorer.model.TimeText.at(dev.cachelab.engine.VirtualClock.msOf(event.at()));
        }

        /** The event in words; rule numbers stay in Notes, Why? and the Reference panel, where they are links. */
        public String text() {
            return event.describe().replaceAll(" \\((?:R\\d+(?:\\([a-d]\\))?(?:, )?)+\\)", "");
        }

        public String type() {
            return event.getClass().getSimpleName();
        }
    }
}
