package dev.cachelab.ui.lessons;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The side of the learning path: title, "5 of 19 done", Continue, the stops, Reset. The header stays put and the
 * list scrolls while the header takes less than half the height; at a large zoom in a short window the whole side
 * scrolls as one instead, so the list never shrinks to a sliver. The side is 17em wide, at most 30 % of the
 * screen. Selecting a stop keeps the list where it is, only scrolling as far as needed to show that stop.
 */
final class PathSide {

    private final LearningPathViewModel vm;
    private final VBox header = new VBox();
    private final VBox pathRows = new VBox();
    private final VBox list;
    private final VBox side;
    private final ScrollPane listScroll;
    private final ScrollPane outer;
    private final List<StopRowView> rowViews = new ArrayList<>();
    private final Label summary = new Label();
    private boolean compact;
    private double screenWidth;

    PathSide(LearningPathViewModel vm, Runnable afterContinue) {
        this.vm = vm;
        Label title = new Label(vm.title());
        title.getStyleClass().add("path-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        summary.setId("pathSummary");
        summary.getStyleClass().add("path-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Label unsaved = new Label(vm.unsavedNote());
        unsaved.setId("unsavedNote");
        unsaved.getStyleClass().add("path-unsaved");
        unsaved.setWrapText(true);
        unsaved.setMinHeight(Region.USE_PREF_SIZE);
        unsaved.setVisible(vm.unsavedNote() != null);
        unsaved.setManaged(unsaved.isVisible());

        Button cont = new Button();
        cont.setId("continueButton");
        cont.getStyleClass().add("accent");
        cont.setGraphic(new FontIcon("mdi2a-arrow-right-circle"));
        cont.setWrapText(true);
        cont.setMaxWidth(Double.MAX_VALUE);
        cont.setMinHeight(Region.USE_PREF_SIZE);
        cont.textProperty().bind(Bindings.createStringBinding(() -> !vm.canContinueProperty().get() ? "Nothing left to do"
                        : (vm.continueHereProperty().get() ? "Continue here: " : "Continue: ") + vm.continueTitleProperty().get(),
                vm.canContinueProperty(), vm.continueTitleProperty(), vm.continueHereProperty()));
        cont.setTooltip(new Tooltip(
                "Continue goes to the stop marked Next: this one while it is not done, otherwise the first stop not done yet."));
        cont.disableProperty().bind(vm.canContinueProperty().not());
        cont.setOnAction(e -> {
            vm.continueOn();
            Platform.runLater(afterContinue);
        });
        header.getChildren().setAll(title, summary, unsaved, cont);
        header.getStyleClass().add("path-header");

        Button reset = new Button("Reset progress\u2026", new FontIcon("mdi2d-delete-outline"));
        reset.setId("resetProgressButton");
        reset.getStyleClass().add("flat");
        reset.setWrapText(true);
        reset.setMinHeight(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> vm.askReset());

        pathRows.setId("pathList");
        pathRows.getStyleClass().add("path-rows");
        list = new VBox(pathRows, reset);
        list.getStyleClass().add("path-list");
        listScroll = scroll(list, "pathListScroll");
        VBox.setVgrow(listScroll, Priority.ALWAYS);
        side = new VBox(header, listScroll);
        side.getStyleClass().add("path-side");
        outer = scroll(side, "pathScroll");
        outer.setFitToHeight(true);
        outer.getStyleClass().add("path-outer");

        outer.viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || a.getHeight() != b.getHeight()) fitMode();
        });
        // the first layout: bring the open stop into view (later the list stays where the learner scrolled it)
        listScroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if ((a == null || a.getHeight() <= 0) && b.getHeight() > 0) revealSelected();
        });
        header.heightProperty().addListener(o -> fitMode());
        summary.fontProperty().addListener(o -> fitWidth(screenWidth));
        vm.rows().addListener((ListChangeListener<LearningPathViewModel.StopRow>) c -> updateRows());
        vm.selectedProperty().addListener((o, a, b) -> updateRows());
        updateRows();
    }

    private static ScrollPane scroll(Node content, String id) {
        ScrollPane sp = new ScrollPane(content);
        sp.setId(id);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.getStyleClass().add("path-scroll");
        return sp;
    }

    Region node() {
        return outer;
    }

    /** Sets the side's width for a screen {@code width} wide: 17em, at most 30 % of it, at least 10em. */
    void fitWidth(double width) {
        screenWidth = width;
        double em = summary.getFont().getSize();
        double w = Math.max(10 * em, Math.min(17 * em, width * 0.3));
        outer.setPrefWidth(w);
        outer.setMinWidth(w);
        outer.setMaxWidth(w);
    }

    /**
     * Fixed header and a scrolling list, or (header over half the height) everything in one scroll: the list then
     * leaves its own scroll pane and sits in the side, which the outer pane scrolls at its full height.
     */
    private void fitMode() {
        double viewport = outer.getViewportBounds().getHeight();
        if (viewport <= 0) return;
        boolean c = header.getHeight() > viewport * 0.5;
        if (c == compact) return;
        compact = c;
        if (c) {
            listScroll.setContent(null);
            side.getChildren().setAll(header, list);
        } else {
            side.getChildren().setAll(header, listScroll);
            listScroll.setContent(list);
        }
        outer.setFitToHeight(!c);
        revealSelected();
    }

    private void revealSelected() {
        int selected = vm.selectedProperty().get();
        if (selected < 0 || selected >= rowViews.size()) return;
        Node target = rowViews.get(selected).node();
        Platform.runLater(() -> reveal(compact ? outer : listScroll, target));
    }

    /** Brings the row nodes up to date with the rows, in place; reveals the selected one. */
    private void updateRows() {
        List<LearningPathViewModel.StopRow> rows = vm.rows();
        if (rowViews.size() != rows.size()) {
            rowViews.clear();
            for (int i = 0; i < rows.size(); i++) rowViews.add(new StopRowView(i, vm::select));
            pathRows.getChildren().setAll(rowViews.stream().map(StopRowView::node).toList());
        }
        int selected = vm.selectedProperty().get();
        for (int i = 0; i < rows.size(); i++) rowViews.get(i).update(rows.get(i), i == selected);
        revealSelected();
    }

    /** Scrolls {@code sp}, if needed, so that {@code row} is wholly in view; otherwise leaves it where it is. */
    private static void reveal(ScrollPane sp, Node row) {
        sp.layout();
        Node content = sp.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = sp.getViewportBounds().getHeight();
        if (contentHeight <= viewport || row.getScene() == null) return;
        Bounds b = content.sceneToLocal(row.localToScene(row.getLayoutBounds()));
        double top = sp.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (b.getMinY() < top) newTop = b.getMinY();
        else if (b.getMaxY() > top + viewport) newTop = b.getMaxY() - viewport;
        if (newTop != top) sp.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }
}
