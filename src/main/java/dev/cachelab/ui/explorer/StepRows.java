package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.Scenario;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The explorer's step list: a row per step, made only when the (virtualised) list shows it. Moving from one
 * position to another changes only the rows whose state changed (done, current, to come): one step forward is two
 * rows, whatever the scenario's length; another scenario, or compare mode's rows, replaces them all in one change.
 */
final class StepRows {

    private final LazyList<ExplorerRows.StepRow> rows = new LazyList<>();
    /** What the rows show: a scenario, or compare mode's own list of rows. */
    private Object shown;
    private int position;

    ObservableList<ExplorerRows.StepRow> list() {
        return rows;
    }

    /** The steps of {@code s} with {@code pos} of them run. */
    void show(Scenario s, int pos) {
        if (s != shown) {
            shown = s;
            position = pos;
            rows.setAll(s.steps().size(), i -> ExplorerRows.step(s, i, position));
            return;
        }
        if (pos == position) return;
        int old = position;
        position = pos;
        // row i changes state only if it is the current row before or after, or lies between the two
        rows.updated(Math.min(old, pos) - 1, Math.max(old, pos));
    }

    /** Rows given whole (compare mode's), each with its own state. */
    void show(List<ExplorerRows.StepRow> given) {
        shown = given;
        List<ExplorerRows.StepRow> copy = List.copyOf(given);
        rows.setAll(copy.size(), copy::get);
    }
}
