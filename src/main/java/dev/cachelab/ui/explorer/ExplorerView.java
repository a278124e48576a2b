package dev.cachelab.ui.explorer;

import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.explorer.pipeline.FitPane;
import dev.cachelab.ui.explorer.pipeline.PipelineStage;
import dev.cachelab.ui.explorer.pipeline.StageAnimator;
import dev.cachelab.ui.common.FirstFrame;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.MasterDetailPane;

/**
 * The explorer's scene graph: the transport and timeline at the top edge, the caption, the pipeline picture as the
 * hero (scaled to fit), the details (code, Why?, notes, steps, events) in a side panel that folds away, and "Try it"
 * at the bottom edge. It binds to {@link ExplorerViewModel} and forwards input to its commands; it decides nothing.
 */
final class ExplorerView {

    /** Below this window width the side panel starts folded: the picture needs the width more. */
    static final double SIDE_PANEL_FROM = 1500;

    private final BorderPane root = new BorderPane();
    private final ExplorerViewModel vm;
    private final PipelineStage pipeline;
    private final FitPane fit;
    private final StackPane stage = new StackPane();
    private final CompareView compare;
    private final SandboxBar sandboxBar;
    private final SidePanel side;
    private final MasterDetailPane center = new MasterDetailPane(Side.RIGHT);
    private final BooleanProperty codeShown = new SimpleBooleanProperty(this, "codeShown", false);
    private final BooleanProperty tryItShown = new SimpleBooleanProperty(this, "tryItShown", false);
    /** Set once the learner chose whether the side panel shows; until then it follows the window's width. */
    private boolean codeChosen;
    private boolean settingCode;
    private final WhyPopOver whyPopOver;

    ExplorerView(ExplorerViewModel vm, Motion motion, Runnable openFile) {
        this.vm = vm;
        root.getStyleClass().add("explorer");
        root.setId("explorer");
        root.getStylesheets().add(ExplorerView.class.getResource("ExplorerView.css").toExternalForm());
        pipeline = new PipelineStage(vm.pipeline(), new PipelineStage.Selection() {
            @Override public void entry(String key) { vm.why().explainEntry(key); }
            @Override public void route(String pathname, boolean refresh) { vm.why().explainRoute(pathname, refresh); }
            @Override public void viewer(boolean user) { vm.why().explainViewer(user); }
            @Override public void tag(String tag) { vm.why().explainTag(tag); }
        }, motion::scale);
        pipeline.detailsShownProperty().bindBidirectional(vm.detailsShownProperty());
        vm.setAnimator(new StageAnimator(pipeline, motion::scale));
        fit = new FitPane(pipeline);
        compare = new CompareView(vm);
        sandboxBar = new SandboxBar(vm, this::toggleCompare);
        side = new SidePanel(vm);
        Node opening = new OpeningOverlay(vm.opening()).node();
        stage.getChildren().addAll(fit, opening);
        stage.getStyleClass().add("pipeline-area");
        vm.comparingProperty().addListener((o, was, on) -> stage.getChildren().setAll(on ? compare.node() : fit, opening));
        VBox.setVgrow(stage, Priority.ALWAYS);

        VBox master = new VBox(4, new Caption(vm).node(), stage);
        master.setPadding(new Insets(4, 8, 0, 12));
        master.setMinWidth(0);
        center.setMasterNode(master);
        center.setDetailNode(side.node());
        center.setDividerPosition(0.68);
        center.setAnimated(false);
        center.showDetailNodeProperty().bindBidirectional(codeShown);
        codeShown.addListener((o, a, b) -> { if (!settingCode) codeChosen = true; });
        root.widthProperty().addListener((o, a, w) -> autoCode());
        vm.presentingProperty().addListener((o, a, on) -> autoCode());
        root.setTop(new TransportBar(vm, openFile, vm.detailsShownProperty(), codeShown).node());
        root.setCenter(center);
        placeTryIt();
        // → ← Space Home Esc D C: step, back, play, start, close compare, details, code (ExplorerKeys)
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> ExplorerKeys.handle(e, vm, new ExplorerKeys.ViewToggles() {
            @Override public void code() { toggleCode(); }
            @Override public void tryIt() { tryItShown.set(!tryItShown.get()); }
        }));
        // presenting, "Try it" comes on demand (T) and folds away once a what-if plays
        tryItShown.addListener((o, a, b) -> placeTryIt());
        vm.presentingProperty().addListener((o, a, b) -> {
            tryItShown.set(false);
            placeTryIt();
        });
        vm.whatIf().activeProperty().addListener((o, a, on) -> { if (on) tryItShown.set(false); });
        vm.whatIf().bannerProperty().addListener((o, a, b) -> { if (vm.presentingProperty().get()) tryItShown.set(false); });
        // Why? for what was clicked comes over the picture, beside it (the side panel keeps its own Why? tab)
        whyPopOver = new WhyPopOver(vm);
        vm.why().subjectProperty().addListener((o, a, b) -> {
            if (b.isEmpty()) return;
            Node anchor = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (anchor != null && isInside(anchor, pipeline)) whyPopOver.show(anchor);
        });
        whenFirstFrameShown(side::buildCode);

        AnimationTimer timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) vm.frame((now - last) / 1e6);
                last = now;
            }
        };
        timer.start();
    }

    Node root() {
        return root;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) if (p == ancestor) return true;
        return false;
    }

    FitPane fitPane() {
        return fit;
    }

    private void placeTryIt() {
        root.setBottom(!vm.presentingProperty().get() || tryItShown.get() ? sandboxBar.node() : null);
    }

    void toggleCode() {
        codeChosen = true;
        codeShown.set(!codeShown.get());
    }

    private void setCode(boolean on) {
        settingCode = true;
        codeShown.set(on);
        settingCode = false;
    }

    /** Until the learner chooses, the side panel shows in a wide window and never while presenting. */
    private void autoCode() {
        if (vm.presentingProperty().get()) {
            setCode(false);
            return;
        }
        if (!codeChosen && root.getWidth() > 0) setCode(root.getWidth() >= SIDE_PANEL_FROM);
    }

    /** "Compare all tools": the chosen mutation, called from the chosen place; again to go back to the pipeline. */
    void toggleCompare() {
        if (vm.comparingProperty().get()) vm.closeCompare();
        else if (vm.isSandbox()) vm.tryIt().openCompare(sandboxBar.mutation(), sandboxBar.site());
        else vm.tryIt().openCompareHere(sandboxBar.tool(), sandboxBar.site());
    }

    private Runnable deferred;

    /** Builds now what waits for the first frame (an offscreen snapshot has no frames). */
    void buildDeferred() {
        if (deferred != null) deferred.run();
    }

    /**
     * Runs {@code task} once, after the first frame of the window showing this view has been drawn (or at once from
     * {@link #buildDeferred()}, for an offscreen snapshot, which has no frames).
     */
    private void whenFirstFrameShown(Runnable task) {
        deferred = () -> {
            if (deferred == null) return;
            deferred = null;
            task.run();
        };
        Runnable deferredWork = deferred;
        ObservableValue<Window> window = root.sceneProperty().flatMap(Scene::windowProperty);
        Runnable afterFrame = () -> Platform.runLater(deferredWork);
        if (window.getValue() != null) {
            FirstFrame.after(window.getValue(), afterFrame);
            return;
        }
        window.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Window> o, Window was, Window now) {
                if (now == null) return;
                o.removeListener(this);
                FirstFrame.after(now, afterFrame);
            }
        });
    }
}
