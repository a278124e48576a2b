package dev.cachelab.ui.lessons;

import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import dev.cachelab.ui.lessons.common.PathPage;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.Map;

/**
 * The learning-path screen: the path on the left (done / score / next per stop), the selected stop's exercise on
 * the right, a notice bar for progress problems and an inline confirmation for "Reset progress".
 */
public final class LearningPathView {

    private final LearningPathViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StackPane host = new StackPane();
    private final Map<PathPage, Node> built = new HashMap<>();
    private final Map<PathPage, ExerciseView> views = new HashMap<>();

    public LearningPathView(LearningPathViewModel vm) {
        this.vm = vm;
        root.setId("learningPath");
        root.getStyleClass().add("learning-path");
        root.getStylesheets().addAll(LessonWidgets.stylesheet(),
                LearningPathView.class.getResource("LearningPathView.css").toExternalForm());

        // notice bar: the progress file was damaged, or progress could not be saved
        Label notice = new Label();
        notice.setId("noticeLabel");
        notice.setWrapText(true);
        notice.setGraphic(new FontIcon("mdi2a-alert-circle"));
        notice.textProperty().bind(vm.noticeProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("OK");
        dismiss.setId("dismissNoticeButton");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> vm.dismissNotice());
        HBox noticeBar = new HBox(notice, dismiss);
        noticeBar.setId("noticeBar");
        noticeBar.getStyleClass().add("path-notice");
        noticeBar.visibleProperty().bind(vm.noticeProperty().isNotNull());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());

        // reset confirmation, inline so it never blocks and tests can drive it
        Label ask = new Label("Erase all progress on the learning path? Scores and done marks cannot be brought back.",
                new FontIcon("mdi2a-alert-circle"));
        ask.setWrapText(true);
        HBox.setHgrow(ask, Priority.ALWAYS);
        ask.setMaxWidth(Double.MAX_VALUE);
        Button yes = new Button("Erase progress");
        yes.setId("confirmResetButton");
        yes.getStyleClass().add("danger");
        yes.setMinWidth(Region.USE_PREF_SIZE);
        yes.setOnAction(e -> vm.confirmReset());
        Button no = new Button("Keep it");
        no.setId("cancelResetButton");
        no.setMinWidth(Region.USE_PREF_SIZE);
        no.setOnAction(e -> vm.cancelReset());
        HBox confirm = new HBox(ask, yes, no);
        confirm.setId("resetConfirmBar");
        confirm.getStyleClass().add("path-confirm");
        confirm.visibleProperty().bind(vm.confirmingResetProperty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        root.setTop(new VBox(noticeBar, confirm));

        // the path
        PathSide side = new PathSide(vm, this::focusPage);
        root.setLeft(side.node());
        root.widthProperty().addListener(o -> side.fitWidth(root.getWidth()));

        host.setId("exerciseHost");
        host.getStyleClass().add("path-page");
        root.setCenter(host);

        vm.pageProperty().addListener((o, a, b) -> showPage(b));
        vm.generationProperty().addListener((o, a, b) -> {
            built.clear();
            views.clear();
            showPage(vm.pageProperty().get());
        });
        showPage(vm.pageProperty().get());
    }

    public Node root() {
        return root;
    }

    /** The view object built for a page (e.g. a {@link PrReviewView}), for tests; null if not built yet. */
    public ExerciseView viewFor(PathPage page) {
        return views.get(page);
    }

    /** Moves the keyboard focus into the open stop's page (after Continue). */
    private void focusPage() {
        host.lookupAll("*").stream()
                .filter(n -> n.isFocusTraversable() && n.isVisible() && !n.isDisabled() && !(n instanceof ScrollPane))
                .findFirst().ifPresent(Node::requestFocus);
    }

    private void showPage(PathPage page) {
        if (page == null) {
            host.getChildren().clear();
            return;
        }
        host.getChildren().setAll(built.computeIfAbsent(page, this::build));
    }

    private Node build(PathPage page) {
        if (page instanceof LearningPathViewModel.ScenarioStop s) return scenarioPage(s);
        if (page instanceof LearningPathViewModel.BrokenStop b) return brokenPage(b);
        ExerciseKinds.Kind<?, ?> kind = ExerciseKinds.ofPage(page);
        if (kind == null) throw new IllegalStateException("no view for " + page);
        ExerciseView view = kind.view(page);
        views.put(page, view);
        return view.root();
    }

    private Node scenarioPage(LearningPathViewModel.ScenarioStop s) {
        Label kicker = new Label("In the explorer", new FontIcon("mdi2p-play-circle-outline"));
        kicker.getStyleClass().add("stop-kicker");
        Label watchHead = new Label("What to watch for");
        watchHead.getStyleClass().add("stop-subhead");
        Label watch = new Label(s.item().note());
        watch.setId("scenarioWatch");
        watch.setWrapText(true);
        Button open = new Button("Open \u201c" + s.item().title() + "\u201d in the explorer", new FontIcon("mdi2o-open-in-new"));
        open.setId("openScenarioStopButton");
        open.getStyleClass().add("accent");
        open.setWrapText(true);
        open.setDisable(!s.available());
        open.setOnAction(e -> vm.openCurrentScenario());
        VBox page = new VBox(kicker, LessonWidgets.header(s.item().title(), null), watchHead, watch, open);
        if (!s.available()) {
            Label missing = new Label("This build of Cache Lab has no scenario \u201c" + s.item().scenarioId()
                    + "\u201d yet, so this stop is skipped.");
            missing.setId("scenarioMissing");
            missing.setWrapText(true);
            missing.getStyleClass().add("stop-missing");
            page.getChildren().add(missing);
        } else {
            Label hint = new Label("Opening it counts this stop as done. Step through the scenario, then come back here.");
            hint.setWrapText(true);
            hint.getStyleClass().add("lesson-intro");
            page.getChildren().add(hint);
        }
        page.getStyleClass().addAll("lesson-page", "stop-page");
        return scrolling(page);
    }

    /** A page in a scroll pane that wraps its text to the width and scrolls down, never sideways. */
    private static ScrollPane scrolling(VBox page) {
        ScrollPane sp = new ScrollPane(page);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return sp;
    }

    private Node brokenPage(LearningPathViewModel.BrokenStop b) {
        Label problem = new Label(b.problem());
        problem.setId("brokenProblem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll("code", "stop-problem");
        Label hint = new Label(b.hint());
        hint.setId("brokenHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("lesson-intro");
        VBox page = new VBox(LessonWidgets.header("This lesson could not be loaded", b.item().lessonFile()), problem, hint);
        page.getStyleClass().addAll("lesson-page", "stop-page");
        return scrolling(page);
    }

}
