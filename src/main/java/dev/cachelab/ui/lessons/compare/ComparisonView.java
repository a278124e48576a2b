package dev.cachelab.ui.lessons.compare;

import dev.cachelab.lesson.Comparison;
import dev.cachelab.lesson.Note;
import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.LessonHeader;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * {@code ComparisonView.fxml} (fx:root): the comparison table as a grid — a header row of tools, one row per aspect,
 * a row's 16.4.6 note beneath it. On a page too narrow for the columns (a large zoom in a small window) the same
 * table is shown as one block per aspect, each tool's cell under its name, so that nothing is cut.
 */
public final class ComparisonView extends ScrollPane implements ExerciseView {

    /** Below this page width (in em) the columns are too narrow for their words: show blocks instead. */
    private static final double NARROW_EM = 44;

    @FXML private VBox page;
    @FXML private LessonHeader header;
    @FXML private GridPane comparisonTable;
    @FXML private VBox comparisonBlocks;
    @FXML private VBox notes;

    public ComparisonView(ComparisonViewModel vm) {
        Fxml.load(this);
        Comparison t = vm.table();
        header.show(vm.lesson().title(), vm.lesson().intro());
        fillGrid(comparisonTable, t);
        fillBlocks(comparisonBlocks, t);
        for (Note n : t.notes()) notes.getChildren().add(LessonWidgets.note(n));

        comparisonBlocks.visibleProperty().bind(comparisonTable.visibleProperty().not());
        comparisonBlocks.managedProperty().bind(comparisonBlocks.visibleProperty());
        comparisonTable.managedProperty().bind(comparisonTable.visibleProperty());
        page.widthProperty().addListener((o, a, w) -> comparisonTable.setVisible(w.doubleValue() >= NARROW_EM * em(page)));
    }

    /** One em: the size of a cell's text (the root font size, which the zoom sets). */
    private static double em(VBox page) {
        return page.lookup(".compare-cell") instanceof Label l ? l.getFont().getSize() : 14;
    }

    /** The wide layout: the tools across, an aspect per row, each row's evidence and note under it. */
    private static void fillGrid(GridPane grid, Comparison t) {
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
            VBox n = new VBox(4, LessonWidgets.evidence(data.evidence()));
            if (data.note() != null) n.getChildren().add(LessonWidgets.note(data.note()));
            n.getStyleClass().add("compare-note");
            n.setId("rowEvidence-" + r);
            n.setMaxWidth(Double.MAX_VALUE);
            grid.add(n, 1, row, t.columns().size(), 1);
            row++;
        }
    }

    /** The narrow layout: per aspect, its name, then each tool's name and cell. */
    private static void fillBlocks(VBox out, Comparison t) {
        for (int r = 0; r < t.rows().size(); r++) {
            Comparison.Row data = t.rows().get(r);
            VBox block = new VBox();
            block.getStyleClass().add("compare-block");
            Label aspect = cell(data.aspect(), "compare-aspect");
            block.getChildren().add(aspect);
            for (int c = 0; c < data.cells().size(); c++) {
                Label tool = cell(t.columns().get(c), "compare-block-tool");
                tool.getStyleClass().add("code");
                Label cell = cell(data.cells().get(c), "compare-block-cell");
                cell.setId("blockCell-" + r + "-" + c);
                block.getChildren().addAll(tool, cell);
            }
            block.getChildren().add(LessonWidgets.evidence(data.evidence()));
            if (data.note() != null) block.getChildren().add(LessonWidgets.note(data.note()));
            out.getChildren().add(block);
        }
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        GridPane.setFillWidth(l, true);
        GridPane.setFillHeight(l, true);
        return l;
    }

    @Override
    public Node root() {
        return this;
    }
}
