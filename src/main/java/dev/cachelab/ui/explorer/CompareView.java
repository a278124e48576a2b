package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.SandboxChoices.Mutation;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Compare mode's table: a column per tool, a row per moment, revealed one row at a time on the shared clock. */
final class CompareView {

    private final CompareViewModel model = new CompareViewModel();
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final VBox root;

    CompareView(ExplorerViewModel vm) {
        grid.setId("compareGrid");
        grid.getStyleClass().add("compare-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        title.getStyleClass().add("scenario-title");
        title.setWrapText(true);
        Button back = new Button("Back", new FontIcon("mdi2s-step-backward"));
        back.setId("compareBack");
        back.setOnAction(e -> model.stepBack());
        Button step = new Button("Step", new FontIcon("mdi2s-step-forward"));
        step.setId("compareStep");
        step.getStyleClass().add("accent");
        step.setOnAction(e -> model.stepForward());
        Button all = new Button("Show all", new FontIcon("mdi2e-eye-outline"));
        all.setId("compareAll");
        all.setOnAction(e -> model.showAll());
        Label hint = new Label("The same mutation under every tool, on one clock. Green: the new data; orange: the old.");
        hint.getStyleClass().add("card-note");
        hint.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("compareView");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root = new VBox(6, title, new HBox(6, back, step, all), hint, scroll);
        root.setPadding(new Insets(4));
        model.beatProperty().addListener((o, a, b) -> render());
    }

    Node node() {
        return root;
    }

    CompareViewModel model() {
        return model;
    }

    void load(Mutation m) {
        model.load(m);
        title.setText("Compare: " + m.label);
        render();
    }

    private void render() {
        grid.getChildren().clear();
        grid.add(header("time"), 0, 0);
        for (int c = 0; c < model.columns().size(); c++) {
            CompareViewModel.Column col = model.columns().get(c);
            grid.add(header(col.tool().label() + "\nin a " + col.site().label()), c + 1, 0);
        }
        for (int r = 0; r < model.beats().size(); r++) {
            boolean shown = r < model.beatProperty().get();
            Label time = new Label(String.format("%.1f s", model.beats().get(r) / 1000.0));
            time.getStyleClass().add("compare-time");
            grid.add(time, 0, r + 1);
            for (int c = 0; c < model.columns().size(); c++) {
                CompareViewModel.Cell cell = model.cell(model.columns().get(c), r);
                Label l = new Label(cell == null ? "" : shown ? cell.text() : "…");
                l.getStyleClass().add("compare-cell");
                if (shown && cell != null) {
                    if (cell.failed()) l.getStyleClass().add("compare-failed");
                    else if (Boolean.TRUE.equals(cell.newData())) l.getStyleClass().add("compare-new");
                    else if (Boolean.FALSE.equals(cell.newData())) l.getStyleClass().add("compare-old");
                    l.setAccessibleText(cell.text() + (Boolean.FALSE.equals(cell.newData()) ? " (old data)" : ""));
                }
                l.setWrapText(true);
                l.setMaxWidth(170);
                grid.add(l, c + 1, r + 1);
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("compare-header");
        l.setWrapText(true);
        l.setMaxWidth(170);
        return l;
    }
}
