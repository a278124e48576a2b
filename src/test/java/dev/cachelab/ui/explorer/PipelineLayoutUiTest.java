package dev.cachelab.ui.explorer;

import dev.cachelab.ui.explorer.model.StepAnimator;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.shell.CacheLabApp;
import dev.cachelab.ui.explorer.pipeline.FitPane;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline fits the window it is in: no card's content overflows its frame or is cut to "…", nothing needs a
 * horizontal scroll bar (1280×720 at 100 %, 1920×1080 at 200 %), no text is smaller than 0.85em, the code wraps
 * and keeps its running line in view, and the people's pages explain themselves under Why?.
 */
class PipelineLayoutUiTest extends AppWindowTest {

    @Override
    protected void beforeStart() {
        services.motion().setScale(0);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return dev.cachelab.ui.Fx.call(c);
    }

    private void window(int w, int h, int zoom) throws Exception {
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
            app.theme().zoomProperty().set(zoom);
            return null;
        });
    }

    private ExplorerViewModel vm() {
        return app.explorer().model();
    }

    /**
     * Everything wrong with the picture now, one line each (empty when all is well): the whole pipeline is not in
     * view (it scrolls), a card's content is taller than the card, a label is cut to "…", or text is drawn smaller on
     * screen than {@code minPx} (its font size times the picture's scale).
     */
    private List<String> layoutProblems(String where, double minPx) throws Exception {
        return fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            List<String> out = new ArrayList<>();
            FitPane fit = (FitPane) stage.getScene().lookup("#pipelineFit");
            ScrollPane scroll = (ScrollPane) stage.getScene().lookup("#pipelineScroll");
            Region content = (Region) scroll.getContent();
            Bounds view = scroll.getViewportBounds();
            if (content.getWidth() > view.getWidth() + 0.5 || content.getHeight() > view.getHeight() + 0.5) {
                out.add(where + ": the picture (" + content.getWidth() + " × " + content.getHeight() + ") does not fit its "
                        + view.getWidth() + " × " + view.getHeight() + " view at scale " + fit.factorProperty().get());
            }
            double scale = fit.factorProperty().get();
            Node pipeline = stage.getScene().lookup("#pipeline");
            for (Node n : pipeline.lookupAll(".cache-card")) {
                Region card = (Region) n;
                if (!card.isVisible() || card.getParent() == null) continue;
                double need = card.prefHeight(card.getWidth());
                if (need > card.getHeight() + 0.5) out.add(where + ": " + card.getId() + " is " + card.getHeight() + " high, needs " + need);
            }
            out.addAll(cut(pipeline, where));
            for (Node n : pipeline.lookupAll(".text")) {
                if (n instanceof Text t && shown(t) && !t.getText().isBlank() && t.getFont().getSize() * scale < minPx - 0.05
                        && !insideToken(t)) {
                    out.add(where + ": \"" + t.getText() + "\" drawn at " + String.format("%.1f", t.getFont().getSize() * scale) + " px");
                }
            }
            return out;
        });
    }

    /** Drawn: it and every parent up to the scene are visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private static boolean insideToken(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p.getStyleClass().contains("tokens")) return true;
        return false;
    }

    /** Labels inside {@code node} whose text is drawn cut short ("getInvoiceLis…"). */
    private static List<String> cut(Node node, String where) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()
                && l.lookup(".text") instanceof Text t && !t.getText().replace("\n", "").equals(l.getText().replace("\n", ""))) {
            out.add(where + " cuts \"" + l.getText() + "\" to \"" + t.getText() + "\"");
        }
        if (node instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) out.addAll(cut(c, where));
        return out;
    }

    private List<String> everyStep(String config, double minPx) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> ids = fx(() -> vm().scenarios().stream().map(Scenario::id).toList());
        for (String id : ids) {
            fx(() -> {
                vm().select(id);
                vm().pause(); // the test steps; the clock must not
                vm().reset(); // from the start (the timeline may have carried the last scenario's time over)
                return null;
            });
            // two whole pipelines side by side leave less room: their small print may be a pixel smaller
            double least = fx(() -> vm().pipeline().instances().size()) > 1 ? minPx - 1.5 : minPx;
            problems.addAll(layoutProblems(config + " " + id + " step 0", least));
            int steps = fx(() -> vm().stepCountProperty().get());
            for (int i = 1; i <= steps; i++) {
                int step = i;
                fx(() -> {
                    vm().stepForward();
                    vm().predictions().skip(); // a step that asks first: play it without answering
                    return null;
                });
                assertThat(fx(() -> vm().positionProperty().get())).isEqualTo(step);
                problems.addAll(layoutProblems(config + " " + id + " step " + step, least));
            }
        }
        return problems;
    }

    private void presenting(boolean on) throws Exception {
        fx(() -> {
            app.presenter().setUseFullScreen(false);
            app.presenter().setActive(on);
            return null;
        });
    }

    @Test
    void theWholePipelineIsInViewAndReadableAt1280x720() throws Exception {
        window(1280, 720, 100);
        assertThat(everyStep("1280x720@100", 10)).isEmpty();
    }

    @Test
    void theWholePipelineIsInViewAndReadablePresentingAt200PercentOn1920x1080() throws Exception {
        window(1920, 1080, 100);
        try {
            presenting(true);
            fx(() -> {
                app.theme().presenterZoomProperty().set(200);
                return null;
            });
            assertThat(everyStep("1920x1080 presenting@200", 13)).isEmpty();
        } finally {
            presenting(false);
        }
    }

    @Test
    void theWholePipelineIsInViewPresentingAt200PercentOn1280x720() throws Exception {
        window(1280, 720, 100);
        try {
            presenting(true);
            fx(() -> {
                app.theme().presenterZoomProperty().set(200);
                vm().select("stale-after-save");
                vm().pause();
                vm().seek(3);
                return null;
            });
            assertThat(layoutProblems("1280x720 presenting@200 stale-after-save step 3", 10)).isEmpty();
            // what the room must see, the user on old data, is large: the version at least 36 px on screen
            double versionPx = fx(() -> {
                FitPane fit = (FitPane) stage.getScene().lookup("#pipelineFit");
                Label v = (Label) stage.getScene().lookup("#userView").lookup(".viewer-version");
                return v.getFont().getSize() * fit.factorProperty().get();
            });
            assertThat(versionPx).isGreaterThanOrEqualTo(36);
        } finally {
            presenting(false);
        }
    }

    /** Plays a step's events one at a time, when the test says so: the picture between two events. */
    private static final class ByHand implements StepAnimator {
        List<dev.cachelab.engine.event.EngineEvent> events = List.of();
        java.util.function.Consumer<dev.cachelab.engine.event.EngineEvent> apply;
        Runnable done;

        @Override
        public void play(List<dev.cachelab.engine.event.EngineEvent> events,
                         java.util.function.Consumer<dev.cachelab.engine.event.EngineEvent> apply, Runnable done) {
            this.events = events;
            this.apply = apply;
            this.done = done;
        }

        @Override
        public void finish() {
            events.forEach(apply);
            events = List.of();
            if (done != null) done.run();
            done = null;
        }
    }

    @Test
    void cardsFitTheirContentBetweenTheEventsOfAStepToo() throws Exception {
        window(1280, 720, 100);
        ByHand hand = new ByHand();
        List<String> problems = new ArrayList<>();
        String[][] steps = {{"stale-after-save", "3"}, {"stale-after-save-fixed", "2"}, {"nested-caches", "3"},
                {"cron-import", "7"}, {"transaction-rollback", "2"}, {"router-refresh-fix", "3"}};
        try {
            for (String[] s : steps) {
                int step = Integer.parseInt(s[1]);
                fx(() -> {
                    vm().setAnimator(StepAnimator.IMMEDIATE);
                    vm().select(s[0]);
                    vm().pause();
                    vm().seek(step - 1);
                    vm().setAnimator(hand);
                    vm().stepForward();
                    vm().predictions().skip();
                    return null;
                });
                List<dev.cachelab.engine.event.EngineEvent> events = hand.events;
                assertThat(events).as(s[0]).isNotEmpty();
                for (int i = 0; i < events.size(); i++) {
                    int k = i;
                    fx(() -> {
                        hand.apply.accept(events.get(k));
                        return null;
                    });
                    problems.addAll(layoutProblems(s[0] + " step " + step + " after " + events.get(k).describe(), 9));
                }
                fx(() -> {
                    hand.events = List.of();
                    hand.finish();
                    return null;
                });
            }
        } finally {
            fx(() -> {
                vm().setAnimator(StepAnimator.IMMEDIATE);
                return null;
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theGroupCardOfTheNightlyImportShowsItsWholeSummary() throws Exception {
        window(1280, 720, 125);
        fx(() -> {
            vm().select("cron-import");
            vm().pause();
            vm().seek(7);
            return null;
        });
        assertThat(layoutProblems("cron-import step 7 at 125 %", 9)).isEmpty();
        List<String> subtitles = fx(() -> stage.getScene().lookup("#pipeline").lookupAll(".entry-card .card-subtitle")
                .stream().map(n -> ((Label) n).getText()).toList());
        assertThat(subtitles).anySatisfy(t -> assertThat(t).startsWith("5,000 entries"));
    }

    @Test
    void theCodeWrapsAndKeepsTheRunningLineInView(FxRobot robot) throws Exception {
        window(1280, 720, 200);
        robot.clickOn("#codeToggle"); // folded by default in a narrow window
        fx(() -> {
            app.explorer().buildDeferred();
            vm().select("stale-after-save");
            vm().pause();
            vm().seek(3);
            return null;
        });
        CodeArea area = robot.lookup("#codeArea").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> running = fx(() -> vm().pipeline().runningLine().linesProperty().get());
        assertThat(running).containsExactly(19); // the redirect, where the save's step ends
        fx(() -> {
            assertThat(area.isWrapText()).isTrue();
            int line = running.get(0) - 1;
            assertThat(area.getParagraph(line).getParagraphStyle()).contains("current-line");
            assertThat(line).isBetween(area.firstVisibleParToAllParIndex(), area.lastVisibleParToAllParIndex());
            return null;
        });
    }

    @Test
    void anOffscreenSnapshotPlacesTheCodesScrollBarAtTheEdgeNotOverTheLineNumbers() throws Exception {
        // as the snapshot command renders: a new scene, one CSS and layout pass, no pulse after it
        List<String> misplaced = fx(() -> {
            ExplorerScreen screen = new ExplorerScreen(null, dev.cachelab.ui.common.UiServices.headless());
            Parent root = (Parent) screen.view();
            screen.buildDeferred();
            screen.model().select("cron-import");
            screen.model().seek(7);
            javafx.scene.Scene scene = new javafx.scene.Scene(root, 1600, 560); // short: the code is taller than its panel
            scene.getStylesheets().add(CacheLabApp.class.getResource(CacheLabApp.STYLESHEET).toExternalForm());
            root.applyCss();
            root.layout();
            Region scroll = (Region) scene.lookup("#codeArea").getParent();
            List<String> out = new ArrayList<>();
            for (Node n : scroll.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.control.ScrollBar bar && bar.isVisible()
                        && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL
                        && bar.getBoundsInParent().getMaxX() < scroll.getWidth() - 0.5) {
                    out.add("a vertical scroll bar at x " + bar.getBoundsInParent().getMinX() + " of " + scroll.getWidth());
                }
            }
            assertThat(scroll.getChildrenUnmodifiable()).anyMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                    && b.isVisible()); // the code is taller than the panel: the test means something
            return out;
        });
        assertThat(misplaced).isEmpty();
    }

    @Test
    void clickingWhatAPersonSeesExplainsWhichCopyServedIt(FxRobot robot) throws Exception {
        window(1920, 1080, 100);
        fx(() -> {
            vm().select("stale-after-save");
            vm().pause();
            vm().seek(3);
            return null;
        });
        robot.clickOn("#userView");
        assertThat(robot.lookup("#whySubject").queryAs(Label.class).getText()).isEqualTo("The user's page");
        String why = String.join("\n", fx(() -> robot.lookup("#whyLines").queryAs(VBox.class).getChildren().stream()
                .map(n -> n instanceof javafx.scene.text.TextFlow f ? f.getAccessibleText()
                        : ((javafx.scene.text.TextFlow) ((VBox) n).getChildren().get(0)).getAccessibleText()).toList()));
        assertThat(why).contains("The user sees /invoices: getInvoiceList v1 (STALE)")
                .contains("The route cache answered /invoices: STALE")
                .contains("Tag invoices:list:org1 was marked stale by revalidateTag(\"invoices:list:org1\", \"max\") in step 3");
    }
}
