package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioGenerator;
import dev.cachelab.scenario.ScenarioLoader;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step list: rows made only when asked for, and a move reported as a change of just the rows whose state
 * changed — what the virtualised list redraws — with every row reading as the full list would.
 */
class StepRowsTest {

    /** Every change the list reports: "a from-to" added, "r from-to" replaced, "u from-to" updated. */
    private static List<String> record(StepRows rows) {
        List<String> changes = new ArrayList<>();
        rows.list().addListener((ListChangeListener<ExplorerRows.StepRow>) c -> {
            while (c.next()) changes.add((c.wasUpdated() ? "u " : c.wasReplaced() ? "r " : c.wasAdded() ? "a " : "? ") + c.getFrom() + "-" + c.getTo());
        });
        return changes;
    }

    private static void assertRowsAt(StepRows rows, Scenario s, int pos) {
        assertThat(rows.list()).hasSize(s.steps().size());
        for (int i = 0; i < s.steps().size(); i++) {
            ExplorerRows.StepRow r = rows.list().get(i);
            assertThat(r.index()).isEqualTo(i);
            assertThat(r.description()).isEqualTo(s.steps().get(i).describe());
            assertThat(r.narration()).isEqualTo(s.narration().get(i));
            assertThat(r.state()).as("row %d at position %d", i, pos).isEqualTo(
                    i < pos - 1 ? ExplorerRows.StepState.DONE : i == pos - 1 ? ExplorerRows.StepState.CURRENT : ExplorerRows.StepState.NEXT);
        }
    }

    @Test
    void aStepForwardOrBackChangesTwoRowsAndAJumpOnlyTheRowsBetween() {
        Scenario s = BuiltInScenarios.load().scenarios().get(0);
        StepRows rows = new StepRows();
        List<String> changes = record(rows);
        rows.show(s, 0);
        assertThat(changes).containsExactly("a 0-" + s.steps().size());
        assertRowsAt(rows, s, 0);
        for (int pos = 1; pos <= s.steps().size(); pos++) {
            changes.clear();
            rows.show(s, pos);
            // the previous current row becomes done, the next one current
            assertThat(changes).containsExactly("u " + Math.max(0, pos - 2) + "-" + pos);
            assertRowsAt(rows, s, pos);
        }
        changes.clear();
        rows.show(s, 1);
        assertThat(changes).containsExactly("u 0-" + s.steps().size());
        assertRowsAt(rows, s, 1);
        changes.clear();
        rows.show(s, 1);
        assertThat(changes).isEmpty();
    }

    @Test
    void aHundredThousandStepsMakeRowsOnlyWhenAskedAndAStepTouchesTwo() throws Exception {
        StringWriter w = new StringWriter();
        ScenarioGenerator.write(100_000, w);
        Scenario s = ScenarioLoader.load(w.toString(), "big.json");
        StepRows rows = new StepRows();
        List<String> changes = record(rows);
        rows.show(s, 0);
        changes.clear();
        rows.show(s, 50_000);
        rows.show(s, 50_001);
        assertThat(changes).containsExactly("u 0-50000", "u 49999-50001");
        assertThat(rows.list().get(49_999).state()).isEqualTo(ExplorerRows.StepState.DONE);
        assertThat(rows.list().get(50_000).state()).isEqualTo(ExplorerRows.StepState.CURRENT);
        assertThat(rows.list().get(99_999).state()).isEqualTo(ExplorerRows.StepState.NEXT);
    }

    @Test
    void anotherScenarioOrCompareModesRowsReplaceEveryRow() {
        List<Scenario> all = BuiltInScenarios.load().scenarios();
        StepRows rows = new StepRows();
        rows.show(all.get(0), 2);
        List<String> changes = record(rows);
        rows.show(all.get(1), 0);
        assertThat(changes).containsExactly("r 0-" + all.get(1).steps().size());
        assertRowsAt(rows, all.get(1), 0);
        changes.clear();
        List<ExplorerRows.StepRow> given = List.of(new ExplorerRows.StepRow(0, 0, "a", "", ExplorerRows.StepState.CURRENT));
        rows.show(given);
        assertThat(changes).containsExactly("r 0-1");
        assertThat(rows.list()).containsExactlyElementsOf(given);
    }
}
