package dev.cachelab.ui.explorer;

import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.ui.explorer.model.TimeText;

/** Immutable rows of the explorer's step list and event log, and what the explorer says at a position. */
public final class ExplorerRows {

    private ExplorerRows() {
    }

    /** Row {@code i} of the step list with {@code pos} steps run: done, the current one, or one to come. */
    static StepRow step(Scenario s, int i, int pos) {
        return new StepRow(i, s.steps().get(i).atMs(), s.steps().get(i).describe(), s.narration().get(i), state(i, pos));
    }

    static StepState state(int i, int pos) {
        return i < pos - 1 ? StepState.DONE : i == pos - 1 ? StepState.CURRENT : StepState.NEXT;
    }

    /** The narration with {@code pos} steps run (before the first, an invitation to press Step). */
    static String narration(Scenario s, int pos) {
        if (pos == 0) {
            return s.steps().isEmpty() ? s.description()
                    : "Press Step (or Play) to run the first step: " + s.steps().get(0).describe() + ".";
        }
        String n = s.narration().get(pos - 1);
        return n.isEmpty() ? s.steps().get(pos - 1).describe() : n;
    }

    /** The code line the scenario names for the step just run, 0 when none. */
    static int codeLine(Scenario s, int pos) {
        List<Integer> lines = s.extras().codeLinePerStep();
        if (pos == 0 || pos > lines.size()) return 0;
        Integer l = lines.get(pos - 1);
        return l == null ? 0 : l;
    }

    static List<EventRow> events(List<EngineEvent> events) {
        List<EventRow> out = new ArrayList<>(events.size());
        for (EngineEvent e : events) out.add(new EventRow(e));
        return out;
    }

    public enum StepState { DONE, CURRENT, NEXT }

    public record StepRow(int index, long atMs, String description, String narration, StepState state) { }

    /** One engine event; its text is built only when a cell shows it (a step can have hundreds of events). */
    public record EventRow(EngineEvent event) {
        /** When it happened, as people read it: "2.5 s", "8 h 0 min 1 s". */
        public String time() {
            return TimeText.at(VirtualClock.msOf(event.at()));
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
