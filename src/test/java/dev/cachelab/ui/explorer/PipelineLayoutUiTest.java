package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.Scenario;
import dev.cachelab.ui.shell.CacheLabApp;
import dev.cachelab.ui.shell.ErrorDialogs;
import dev.cachelab.ui.shell.StartOptions;
import dev.cachelab.ui.theme.Motion;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline fits the window it is in: no card's content overflows its frame or is cut to "…", nothing needs a
 * horizontal scroll bar (1280×720 at 100 %, 1920×1080 at 200 %), no text is smaller than 0.85em, the code wraps
 * and keeps its running line in view, and the people's pages explain themselves under Why?.
 */
@ExtendWith(ApplicationExtension.class)
class PipelineLayoutUiTest {

    private CacheLabApp app;
    private Stage stage;

    @BeforeAll
    static void headless() throws Exception {
        System.setProperty("cachelab.home", Files.createTempDirectory("cachelab-layout").toString());
        ErrorDialogs.setShowDialogs(false);
        Motion.setScale(0);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new CacheLabApp();
        app.start(stage, StartOptions.FRESH);
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

    /** Everything wrong with the pipeline's layout now, one line each (empty when all is well). */
    private List<String> layoutProblems(String where) throws Exception {
        return fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            List<String> out = new ArrayList<>();
            ScrollPane scroll = (ScrollPane) stage.getScene().lookup("#pipelineScroll");
            Region content = (Region) scroll.getContent();
            double viewport = scroll.getViewportBounds().getWidth();
            if (content.getWidth() > viewport + 0.5 || content.minWidth(-1) > viewport + 0.5) {
                out.add(where + ": the pipeline is " + content.getWidth() + " px wide in a " + viewport + " px view");
            }
            for (Node n : stage.getScene().lookup("#pipeline").lookupAll(".pipeline-card")) {
                if (!n.isVisible() || !(n instanceof VBox card)) continue;
                double bottom = card.snappedTopInset();
                for (Node c : card.getChildren()) if (c.isManaged()) bottom = Math.max(bottom, c.getLayoutY() + c.getLayoutBounds().getMaxY());
                bottom += card.snappedBottomInset();
                if (bottom > card.getHeight() + 0.5) {
                    out.add(where + ": " + card.getId() + " is " + card.getHeight() + " px high, its content " + bottom);
                }
                out.addAll(cut(card, where + ": " + card.getId()));
            }
            return out;
        });
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

    private List<String> everyStep(String config) throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> ids = fx(() -> vm().scenarios().stream().map(Scenario::id).toList());
        for (String id : ids) {
            fx(() -> {
                vm().select(id);
                vm().pause(); // the test steps; the clock must not
                vm().reset(); // from the start (the timeline may have carried the last scenario's time over)
                return null;
            });
            problems.addAll(layoutProblems(config + " " + id + " step 0"));
            int steps = fx(() -> vm().stepCountProperty().get());
            for (int i = 1; i <= steps; i++) {
                int step = i;
                // stepping forward keeps the cards and changes what is in them: the frames must follow
                fx(() -> {
                    vm().stepForward();
                    vm().predictions().skip(); // a step that asks first: play it without answering
                    return null;
                });
                assertThat(fx(() -> vm().positionProperty().get())).isEqualTo(step);
                problems.addAll(layoutProblems(config + " " + id + " step " + step));
            }
        }
        return problems;
    }

    @Test
    void noCardOverflowsAndNothingScrollsSidewaysAt1280x720() throws Exception {
        window(1280, 720, 100);
        assertThat(everyStep("1280x720@100")).isEmpty();
    }

    @Test
    void noCardOverflowsAndNothingScrollsSidewaysAt1920x1080Zoom200() throws Exception {
        window(1920, 1080, 200);
        assertThat(everyStep("1920x1080@200")).isEmpty();
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
                    problems.addAll(layoutProblems(s[0] + " step " + step + " after " + events.get(k).describe()));
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
        window(1280, 720, 150);
        fx(() -> {
            vm().select("cron-import");
            vm().pause();
            vm().seek(7);
            return null;
        });
        assertThat(layoutProblems("cron-import step 7 at 150 %")).isEmpty();
        String group = fx(() -> ((Label) stage.getScene().lookup("#pipeline").lookup(".card-group")).getText());
        assertThat(group).startsWith("5,000 entries");
    }

    @Test
    void noTextIsSmallerThanPointEightFiveEm() throws Exception {
        window(1920, 1080, 100);
        fx(() -> {
            vm().select("tag-typo");
            vm().pause();
            vm().seek(6);
            app.explorer().buildDeferred();
            return null;
        });
        double root = fx(() -> ((Label) stage.getScene().lookup("#narrationLabel")).getFont().getSize() / 1.1);
        List<String> small = fx(() -> {
            List<String> out = new ArrayList<>();
            for (String id : new String[]{"#pipeline", "#codeArea"}) {
                for (Node n : stage.getScene().lookup(id).lookupAll(".text")) {
                    if (n instanceof Text t && !t.getText().isBlank() && t.getFont().getSize() < 0.85 * root - 0.05) {
                        out.add("\"" + t.getText() + "\" at " + t.getFont().getSize() + " px");
                    }
                }
            }
            return out;
        });
        assertThat(small).as("root font %.1f px", root).isEmpty();
    }

    @Test
    void theCodeWrapsAndKeepsTheRunningLineInView(FxRobot robot) throws Exception {
        window(1280, 720, 200);
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
            ExplorerScreen screen = new ExplorerScreen(null);
            Parent root = (Parent) screen.view();
            screen.buildDeferred();
            screen.model().select("cron-import");
            screen.model().seek(7);
            javafx.scene.Scene scene = new javafx.scene.Scene(root, 1280, 560); // short: the code is taller than its panel
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
