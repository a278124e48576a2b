package dev.cachelab.ui.explorer;

import dev.cachelab.ui.explorer.model.TimeText;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;

/**
 * Compare mode's table: a column per tool, a row per moment, revealed as the explorer's clock passes it (the tool
 * bar's Play, Step and Back drive it). The time column and the header row stay in place while the table scrolls;
 * the tool columns share the width, down to a readable minimum, and scroll sideways below it. It binds to
 * {@link CompareViewModel} and forwards Close and Show all; it decides nothing.
 */
final class CompareView {

    /** The narrowest a tool column gets before the table scrolls sideways, in em. */
    private static final double MIN_COLUMN_EM = 7;
    private static final double TIME_COLUMN_EM = 9;

    private final ExplorerViewModel vm;
    private final CompareViewModel model;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Label title = new Label();
    private final Label probe = new Label();
    private final VBox root;
    private final List<Node> frozenColumn = new ArrayList<>();
    private final List<Node> frozenRow = new ArrayList<>();

    CompareView(ExplorerViewModel vm) {
        this.vm = vm;
        this.model = vm.compare();
        grid.setId("compareGrid");
        grid.getStyleClass().add("compare-grid");
        title.setId("compareTitle");
        title.getStyleClass().add("compare-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button all = new Button("Show all", new FontIcon("mdi2e-eye-outline"));
        all.setId("compareAll");
        all.setOnAction(e -> vm.seek(model.rows().size()));
        Button close = new Button("Back to the pipeline", new FontIcon("mdi2c-close"));
        close.setId("compareClose");
        close.setTooltip(new Tooltip("Close compare mode (Esc)"));
        close.setOnAction(e -> vm.closeCompare());
        all.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(title, all, close);
        bar.getStyleClass().add("compare-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Play, Step, Back and the timeline drive this table on one clock. Green with a tick: the"
                + " latest data; orange with a clock: older than the database; red with a dashed edge: an error, as"
                + " Next.js throws it."
                + " Point at a cell for all of it, or turn Details on (D).");
        hint.getStyleClass().add("card-note");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setId("compareView");
        scroll.getStyleClass().add("compare-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        probe.setManaged(false);
        probe.setVisible(false);
        root = new VBox(bar, hint, scroll);
        root.getStyleClass().add("compare-view");
        root.getStylesheets().add(CompareView.class.getResource("CompareView.css").toExternalForm());
        model.loadsProperty().addListener((o, a, b) -> render());
        vm.detailsShownProperty().addListener((o, a, b) -> render());
        model.beatProperty().addListener((o, a, b) -> render());
        scroll.hvalueProperty().addListener((o, a, b) -> freeze());
        scroll.vvalueProperty().addListener((o, a, b) -> freeze());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            sizeColumns();
            freeze();
        });
        grid.widthProperty().addListener((o, a, b) -> freeze());
        grid.heightProperty().addListener((o, a, b) -> freeze());
    }

    Node node() {
        return root;
    }

    private void render() {
        if (model.titleProperty().get().isEmpty()) return;
        title.setText(model.titleProperty().get());
        grid.getChildren().clear();
        frozenColumn.clear();
        frozenRow.clear();
        grid.getChildren().add(probe);
        List<CompareViewModel.Column> columns = model.columns();
        int shownRows = model.beatProperty().get();
        // data cells first, the frozen column and header row after them so they paint above what scrolls under
        for (int r = 0; r < model.rows().size(); r++) {
            boolean shown = r < shownRows;
            for (int c = 0; c < columns.size(); c++) grid.add(cell(model.cell(columns.get(c), r), shown, r, c), c + 1, r + 1);
        }
        for (int r = 0; r < model.rows().size(); r++) {
            CompareViewModel.Row row = model.rows().get(r);
            Label time = new Label(TimeText.at(row.atMs()) + "\n" + row.label());
            time.setId("compareTime-" + (r + 1));
            time.getStyleClass().addAll("compare-time", "compare-frozen");
            if (r == shownRows - 1) time.getStyleClass().add("compare-current");
            time.setWrapText(true);
            time.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            time.setAlignment(Pos.TOP_LEFT);
            grid.add(time, 0, r + 1);
            frozenColumn.add(time);
        }
        for (int c = 0; c < columns.size(); c++) {
            Label h = header(columns.get(c).header());
            grid.add(h, c + 1, 0);
            frozenRow.add(h);
        }
        Label corner = header("time");
        grid.add(corner, 0, 0);
        frozenColumn.add(corner);
        frozenRow.add(corner);
        sizeColumns();
        freeze();
    }

    /**
     * A cell says at a glance what that tool's run showed — the version and whether it is the latest, or the error —
     * with everything in its tooltip, and in full while Details is on.
     */
    private Label cell(CompareViewModel.Cell cell, boolean shown, int r, int c) {
        boolean full = vm.detailsShownProperty().get();
        Label l = new Label(!shown ? "…" : cell == null ? "—" : full ? cell.text() : cell.headline());
        if (shown && cell != null) {
            Tooltip tip = new Tooltip(cell.text());
            tip.getStyleClass().add("help-tooltip");
            l.setTooltip(tip);
            l.setGraphic(new FontIcon(cell.failed() ? "mdi2a-alert-octagon" : Boolean.TRUE.equals(cell.newData())
                    ? "mdi2c-check-circle" : Boolean.FALSE.equals(cell.newData()) ? "mdi2c-clock-alert" : "mdi2i-information-outline"));
        }
        l.setId("compareCell-" + (r + 1) + "-" + (c + 1));
        l.getStyleClass().add("compare-cell");
        if (shown && cell == null) {
            l.getStyleClass().add("compare-none");
            l.setAccessibleText("nothing happens in this column at this moment");
        }
        if (shown && cell != null) {
            if (cell.failed()) l.getStyleClass().add("compare-failed");
            else if (Boolean.TRUE.equals(cell.newData())) l.getStyleClass().add("compare-new");
            else if (Boolean.FALSE.equals(cell.newData())) l.getStyleClass().add("compare-old");
            l.setAccessibleText(cell.text() + (Boolean.FALSE.equals(cell.newData()) ? " (old data)" : "")
                    + (cell.failed() ? " (error)" : ""));
        }
        l.setWrapText(true);
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        l.setAlignment(Pos.TOP_LEFT);
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("compare-header", "compare-frozen");
        l.setWrapText(true);
        l.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        l.setAlignment(Pos.TOP_LEFT);
        return l;
    }

    /** The tool columns share the viewport's width, each at least {@link #MIN_COLUMN_EM}. */
    private void sizeColumns() {
        int n = model.columns().size();
        if (n == 0) return;
        double em = probe.getFont().getSize();
        double time = TIME_COLUMN_EM * em;
        double gaps = grid.getHgap() * n + grid.snappedLeftInset() + grid.snappedRightInset();
        double width = scroll.getViewportBounds().getWidth();
        double each = Math.max(MIN_COLUMN_EM * em, (width - time - gaps) / n);
        List<ColumnConstraints> cs = new ArrayList<>();
        cs.add(fixed(time));
        for (int i = 0; i < n; i++) cs.add(fixed(Math.floor(each)));
        grid.getColumnConstraints().setAll(cs);
    }

    private static ColumnConstraints fixed(double w) {
        ColumnConstraints c = new ColumnConstraints(w, w, w);
        c.setFillWidth(true);
        return c;
    }

    /** Keeps the time column and the header row in view while the table scrolls under them. */
    private void freeze() {
        double viewW = scroll.getViewportBounds().getWidth();
        double viewH = scroll.getViewportBounds().getHeight();
        double x = scroll.getHvalue() * Math.max(0, grid.getWidth() - viewW);
        double y = scroll.getVvalue() * Math.max(0, grid.getHeight() - viewH);
        for (Node n : frozenColumn) n.setTranslateX(x);
        for (Node n : frozenRow) n.setTranslateY(y);
    }
}
