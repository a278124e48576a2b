package dev.cachelab.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer as a learner uses it: pick a tool, fire a mutation, step, step back, scrub, compare. */
class ExplorerUiTest extends AppWindowTest {

    @Override
    protected void beforeStart() {
        services.motion().setScale(0);
    }

    private static String seen(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().getAccessibleText();
    }

    private static String position(FxRobot robot) {
        return robot.lookup("#positionLabel").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, T value) {
        ComboBox<T> box = robot.lookup("#" + id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    @Test
    void firingUpdateTagFromAServerActionShowsTheUserTheirWrite(FxRobot robot) throws Exception {
        robot.interact(() -> app.explorer().model().select("sandbox")); // the sandbox fires mutations of its own
        choose(robot, "mutationPicker", dev.cachelab.scenario.SandboxChoices.Mutation.FORM_SAVE);
        choose(robot, "toolPicker", dev.cachelab.scenario.SandboxChoices.Tool.UPDATE_TAG);
        choose(robot, "sitePicker", dev.cachelab.scenario.SandboxChoices.Site.SERVER_ACTION);
        robot.clickOn("#fireButton");
        // step through what was fired instead of waiting for the clock
        pause(robot);
        while (!robot.lookup("#stepButton").queryButton().isDisabled()) robot.clickOn("#stepButton");
        assertThat(seen(robot, "userView")).contains("/invoices").contains("getInvoiceList: v2");
        // the last step is a GET the route cache answers: the server renders nothing (it said "render" before)
        assertThat(seen(robot, "serverCard")).startsWith("Server: the route cache answered /invoices (HIT)").doesNotContain("Error");
        snapshot("sandbox-update-tag.png");

        robot.clickOn("#stepBackButton");
        robot.clickOn("#stepBackButton");
        robot.clickOn("#stepBackButton");
        assertThat(seen(robot, "userView")).contains("getInvoiceList: v2 (MISS)");
    }

    @Test
    void theSandboxRunsOnTwoPodsAndComparesOneInstanceWithTwo(FxRobot robot) throws Exception {
        robot.interact(() -> app.explorer().model().select("sandbox"));
        assertThat(robot.lookup("#tagStoreChoice").query().isDisabled()).isTrue(); // one pod: nothing to share
        robot.clickOn("#twoInstances");
        assertThat(robot.lookup(".server-box").queryAll()).hasSize(2);
        assertThat(robot.lookup("#tagStoreChoice").query().isDisabled()).isFalse();
        choose(robot, "mutationPicker", dev.cachelab.scenario.SandboxChoices.Mutation.WEBHOOK);
        choose(robot, "toolPicker", dev.cachelab.scenario.SandboxChoices.Tool.REVALIDATE_TAG_MAX);
        choose(robot, "sitePicker", dev.cachelab.scenario.SandboxChoices.Site.ROUTE_HANDLER);
        robot.clickOn("#fireButton");
        pause(robot);
        while (!robot.lookup("#stepButton").queryButton().isDisabled()) robot.clickOn("#stepButton");
        assertThat(robot.lookup("#narrationLabel").queryAs(Label.class).getText()).contains("(on pod-");
        snapshot("sandbox-two-pods.png");
        robot.clickOn("#sharedTagStore");   // the same fires, replayed on pods sharing a tag store
        assertThat(robot.lookup(".server-box").queryAll()).hasSize(2);
        assertThat(app.explorer().model().tryIt().deploymentProperty().get().tagStore())
                .isEqualTo(dev.cachelab.engine.app.Deployment.TagStore.SHARED);
        robot.clickOn("#compareInstancesButton");
        assertThat(app.explorer().model().comparingProperty().get()).isTrue();
        assertThat(robot.lookup(".compare-header").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("2 instances"));
        assertThat(robot.lookup("#scenarioTitle").queryAs(Label.class).getText()).isEqualTo("One instance or two");
        robot.clickOn("#compareAll");
        snapshot("compare-instances.png");
        robot.clickOn("#oneInstance");
        assertThat(robot.lookup(".server-box").queryAll()).hasSize(1);
    }

    @Test
    void updateTagInARouteHandlerFailsWithTheRealMessage(FxRobot robot) {
        robot.interact(() -> app.explorer().model().select("sandbox")); // the sandbox fires mutations of its own
        choose(robot, "mutationPicker", dev.cachelab.scenario.SandboxChoices.Mutation.WEBHOOK);
        choose(robot, "toolPicker", dev.cachelab.scenario.SandboxChoices.Tool.UPDATE_TAG);
        choose(robot, "sitePicker", dev.cachelab.scenario.SandboxChoices.Site.ROUTE_HANDLER);
        robot.clickOn("#fireButton");
        pause(robot);
        robot.clickOn("#resetButton");
        java.util.List<String> server = new java.util.ArrayList<>();
        while (!robot.lookup("#stepButton").queryButton().isDisabled()) {
            robot.clickOn("#stepButton");
            server.add(seen(robot, "serverCard"));
        }
        assertThat(server).anySatisfy(s -> assertThat(s).contains("Route Handler /api/webhooks/billing")
                .contains("updateTag can only be called from within a Server Action"));
        // nothing was invalidated: the billing page still shows the first version
        assertThat(seen(robot, "visitorView")).contains("getBilling: v1");
    }

    @Test
    void scrubbingTheTimelineReplaysToThatTime(FxRobot robot) {
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        // four steps a second apart: each has a quarter of the track; halfway from marker 2 to marker 3
        robot.interact(() -> timeline.setValue(0.375));
        assertThat(position(robot)).isEqualTo("2 / 4");
        assertThat(robot.lookup("#clockLabel").queryAs(Label.class).getText()).startsWith("t = 1.5 s");
        assertThat(seen(robot, "visitorView")).contains("getInvoiceList: v1 (HIT)").contains("x-nextjs-cache: HIT");
        robot.interact(() -> timeline.setValue(0));
        assertThat(position(robot)).isEqualTo("1 / 4");
    }

    @Test
    void clickingAnEntryExplainsWhyItIsInItsState(FxRobot robot) {
        robot.clickOn("#marker-4");
        assertThat(position(robot)).isEqualTo("4 / 4");
        // the card is below the fold: reach it with the keyboard, as a keyboard user would
        robot.interact(() -> robot.lookup("#route-dashboard").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#whySubject").queryAs(Label.class).getText()).isEqualTo("/dashboard");
        // a line is its text (references as links), with its evidence under a claim about Next.js
        String why = String.join("\n", robot.lookup("#whyLines").queryAs(VBox.class).getChildren().stream()
                .map(n -> n instanceof javafx.scene.text.TextFlow f ? f.getAccessibleText()
                        : ((javafx.scene.text.TextFlow) ((VBox) n).getChildren().get(0)).getAccessibleText()).toList());
        assertThat(robot.lookup("#whyLines").lookup(".evidence-badge").queryAll()).isNotEmpty();
        assertThat(why).contains("/dashboard is stale").contains("revalidateTag(\"invoices:list:org1\", \"max\") in step 3");
    }

    @Test
    void compareModeShowsEveryToolSideBySide(FxRobot robot) throws Exception {
        robot.clickOn("#compareButton");
        robot.clickOn("#compareAll");
        assertThat(robot.lookup(".compare-new").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".compare-old").queryAll()).isNotEmpty();
        snapshot("compare-form-save.png");
        robot.clickOn("#compareClose");
        assertThat(robot.lookup("#pipeline").tryQuery()).isPresent();
        assertThat(robot.lookup("#compareView").tryQuery()).isEmpty();
    }

    @Test
    void compareModeRespectsTheCallSiteKeepsTheTimeColumnInViewAndFollowsTheToolBar(FxRobot robot) throws Exception {
        robot.interact(() -> app.explorer().model().select("sandbox")); // the sandbox fires mutations of its own
        choose(robot, "mutationPicker", dev.cachelab.scenario.SandboxChoices.Mutation.FORM_SAVE);
        choose(robot, "sitePicker", dev.cachelab.scenario.SandboxChoices.Site.ROUTE_HANDLER);
        robot.clickOn("#compareButton");
        // the tool bar's Step reveals the table row by row
        assertThat(position(robot)).startsWith("0 / ");
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        assertThat(position(robot)).startsWith("2 / ");
        assertThat(robot.lookup("#compareTitle").queryAs(Label.class).getText())
                .isEqualTo(dev.cachelab.scenario.SandboxChoices.Mutation.FORM_SAVE.label() + ", called from a Route Handler");
        assertThat(robot.lookup("#scenarioTitle").queryAs(Label.class).getText()).isEqualTo("Compare all tools");
        robot.clickOn("#compareAll");
        robot.interact(() -> app.explorer().model().detailsShownProperty().set(true)); // cells in full
        assertThat(robot.lookup(".compare-failed").queryAll()).anySatisfy(n -> assertThat(((Label) n).getText())
                .contains("updateTag can only be called from within a Server Action."));
        assertThat(robot.lookup(".compare-header").queryAll()).anySatisfy(n -> assertThat(((Label) n).getText())
                .isEqualTo("updateTag(tag)\nin a Route Handler"));
        // scrolled all the way right, the time column is still at the left edge of the table
        javafx.scene.control.ScrollPane scroll = robot.lookup("#compareView").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setHvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        Label time = robot.lookup("#compareTime-1").queryAs(Label.class);
        javafx.geometry.Bounds t = time.localToScene(time.getBoundsInLocal());
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(t.getMinX()).isBetween(view.getMinX() - 1, view.getMinX() + 20);
        snapshot("compare-route-handler-scrolled.png");
        robot.clickOn("#compareClose");
        assertThat(robot.lookup("#compareButton").queryButton().getText()).isEqualTo("Compare all tools");
    }

    @Test
    void timelineMarkersAreLaidOutAgainForEachScenarioAndNeverOverlap(FxRobot robot) {
        for (String id : java.util.List.of("cron-import", "tag-typo", "revalidate-path-pattern", "stale-after-save")) {
            pick(robot, id);
            int steps = app.explorer().model().stepCountProperty().get();
            javafx.scene.layout.Pane markers = robot.lookup("#timelineMarkers").queryAs(javafx.scene.layout.Pane.class);
            java.util.List<Label> ticks = markers.getChildren().stream().filter(n -> n.getId() != null)
                    .map(n -> (Label) n).toList();
            assertThat(ticks).as(id).hasSize(steps);
            for (int i = 1; i < ticks.size(); i++) {
                javafx.geometry.Bounds a = ticks.get(i - 1).getBoundsInParent();
                javafx.geometry.Bounds b = ticks.get(i).getBoundsInParent();
                assertThat(b.getMinX()).as(id + " marker " + (i + 1) + " starts after marker " + i + " ends")
                        .isGreaterThanOrEqualTo(a.getMaxX());
                assertThat(ticks.get(i).getText()).isEqualTo(Integer.toString(i + 1));
            }
            // clicking a marker puts the thumb under it
            robot.clickOn("#marker-" + steps);
            assertThat(position(robot)).isEqualTo(steps + " / " + steps);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node thumb = robot.lookup("#timeline .thumb").query();
            javafx.geometry.Bounds t = thumb.localToScene(thumb.getBoundsInLocal());
            Label last = robot.lookup("#marker-" + steps).queryAs(Label.class);
            javafx.geometry.Bounds m = last.localToScene(last.getBoundsInLocal());
            assertThat(Math.abs(t.getCenterX() - m.getCenterX())).as(id + ": thumb under its marker").isLessThan(2.0);
        }
    }

    @Test
    void arrowsSpaceAndHomeDriveTheExplorerUnlessTheFocusedControlNeedsThem(FxRobot robot) {
        javafx.scene.input.KeyCode right = javafx.scene.input.KeyCode.RIGHT;
        javafx.scene.input.KeyCode left = javafx.scene.input.KeyCode.LEFT;
        robot.clickOn("#stepButton");                 // the focus is on the Step button now
        assertThat(position(robot)).isEqualTo("1 / 4");
        robot.type(right);
        assertThat(position(robot)).isEqualTo("2 / 4");
        robot.type(right);                            // step 3 asks first: the question waits for an answer
        assertThat(robot.lookup("#predictChoice0").tryQuery()).isPresent();
        assertThat(position(robot)).isEqualTo("2 / 4");
        robot.type(left);
        assertThat(position(robot)).isEqualTo("1 / 4");
        assertThat(robot.lookup("#predictChoice0").tryQuery()).isEmpty();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(right).release(javafx.scene.input.KeyCode.CONTROL);
        assertThat(position(robot)).isEqualTo("2 / 4");
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertThat(position(robot)).isEqualTo("0 / 4");
        // Space on a focused button presses that button; elsewhere it plays and pauses
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(position(robot)).isEqualTo("1 / 4");
        assertThat(robot.lookup("#playButton").queryButton().getText()).isEqualTo("Play");
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        robot.interact(timeline::requestFocus);
        robot.type(right);                            // on the timeline the arrows go from marker to marker
        assertThat(position(robot)).isEqualTo("2 / 4");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(robot.lookup("#playButton").queryButton().getText()).isEqualTo("Pause");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(robot.lookup("#playButton").queryButton().getText()).isEqualTo("Play");
        // a drop-down keeps its arrows
        String before = position(robot);
        robot.interact(() -> robot.lookup("#speedPicker").query().requestFocus());
        robot.type(right);
        assertThat(position(robot)).isEqualTo(before);
        // Esc closes compare mode
        robot.clickOn("#compareButton");
        robot.interact(() -> robot.lookup("#compareAll").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(robot.lookup("#compareView").tryQuery()).isEmpty();
    }

    @Test
    void theShortcutSheetListsTheExplorersKeysExportAndTheBucketQuizKeys(FxRobot robot) {
        robot.clickOn("#narrationLabel");
        robot.write("?");
        java.util.List<String> caps = robot.lookup(".shortcut-sheet .key-cap").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(caps).contains("→", "Ctrl+→", "←", "Ctrl+←", "Space", "Home", "Ctrl+E", "1", "4", "0");
        assertThat(robot.lookup(".shortcut-sheet .key-cap").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getAccessibleText()).isEqualTo("key Ctrl+right arrow"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** Picks a scenario in the tool bar's picker, as a learner does. */
    @SuppressWarnings("unchecked")
    @Test
    void afterAClickOnThePictureTheArrowsStillStepAndAZoomChangeIsShown(FxRobot robot) {
        pick(robot, "stale-after-save");
        robot.interact(() -> {
            app.explorer().model().pause();
            app.explorer().model().reset();
        });
        robot.clickOn("#userView");            // a click on the picture: Why? opens over it
        assertThat(robot.lookup("#whyPopOver").tryQuery()).isPresent();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(position(robot)).isEqualTo("1 / 4");
        robot.clickOn("#databaseCard");          // a click elsewhere on the picture closes it at once
        assertThat(robot.lookup("#whyPopOver").tryQuery()).isEmpty();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertThat(position(robot)).isEqualTo("2 / 4");
        robot.interact(() -> app.theme().zoomProperty().set(150));
        Label toast = robot.lookup("#toast").queryAs(Label.class);
        assertThat(toast.isVisible()).isTrue();
        assertThat(toast.getText()).isEqualTo("Zoom 150 %");
        robot.interact(() -> app.theme().zoomProperty().set(100));
    }

    private static void pick(FxRobot robot, String scenarioId) {
        ComboBox<dev.cachelab.scenario.Scenario> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        dev.cachelab.scenario.Scenario s = picker.getItems().stream().filter(x -> x.id().equals(scenarioId)).findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(s));
    }

    private static void pause(FxRobot robot) {
        if (robot.lookup("#playButton").queryButton().getText().equals("Pause")) robot.clickOn("#playButton");
    }

    private void snapshot(String name) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Snapshots.writePng(img, out);
    }
}
