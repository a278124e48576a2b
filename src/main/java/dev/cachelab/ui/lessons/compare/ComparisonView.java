package dev.cachelab.ui.lessons.compare;

import dev.cachelab.lesson.Comparison;
import dev.cachelab.lesson.Note;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The comparison table as a grid: a header row of tools, one row per aspect, a row's 16.4.6 note beneath it. */
public final class ComparisonView {

    private final ScrollPane root;

    public ComparisonView(ComparisonViewModel vm) {
        Comparison t = vm.table();
        GridPane grid = new GridPane();
        grid.setId("comparisonTable");
        grid.getStyleClass().add("compare-grid");
        ColumnConstraints aspect = new ColumnConstraints();
        aspect.setPercentWidth(18);
        grid.getColumnConstraints().add(aspect);
        for (int c = 0; c < t.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(82.0 / t.columns().size());
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        int row = 0;
        grid.add(cell("", "compare-corner"), 0, row);
        for (int c = 0; c < t.columns().size(); c++) {
            Label h = cell(t.columns().get(c), "compare-head");
            h.getStyleClass().add("code");
            grid.add(h, c + 1, row);
        }
        row++;
        for (int r = 0; r < t.rows().size(); r++) {
            Comparison.Row data = t.rows().get(r);
            Label a = cell(data.aspect(), "compare-aspect");
            a.setId("aspect-" + r);
            grid.add(a, 0, row);
            for (int c = 0; c < data.cells().size(); c++) {
                Label cell = cell(data.cells().get(c), "compare-cell");
                cell.setId("cell-" + r + "-" + c);
                grid.add(cell, c + 1, row);
            }
            row++;
            if (data.note() != null) {
                Label n = LessonWidgets.note(data.note());
                n.getStyleClass().add("compare-note");
                n.setMaxWidth(Double.MAX_VALUE);
                grid.add(n, 1, row, t.columns().size(), 1);
                row++;
            }
        }
        VBox notes = new VBox();
        notes.getStyleClass().add("compare-notes");
        for (Note n : t.notes()) notes.getChildren().add(LessonWidgets.note(n));

        VBox page = new VBox(LessonWidgets.header(vm.lesson().title(), vm.lesson().intro()), grid, notes);
        page.getStyleClass().addAll("lesson-page", "comparison");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStylesheets().addAll(LessonWidgets.stylesheet(),
                ComparisonView.class.getResource("ComparisonView.css").toExternalForm());
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.getStyleClass().add(style);
        GridPane.setFillWidth(l, true);
        GridPane.setFillHeight(l, true);
        return l;
    }

    public Node root() {
        return root;
    }
}
