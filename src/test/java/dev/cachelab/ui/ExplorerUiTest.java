package dev.cachelab.ui;

import dev.cachelab.ui.shell.CacheLabApp;
import dev.cachelab.ui.shell.ErrorDialogs;
import dev.cachelab.ui.theme.Motion;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer as a learner uses it: pick a tool, fire a mutation, step, step back, scrub, compare. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {

    private Stage stage;

    @BeforeAll
    static void headlessDefaults() throws Exception {
        System.setProperty("cachelab.home", Files.createTempDirectory("cachelab-ui").toString());
        ErrorDialogs.setShowDialogs(false);
        Motion.setScale(0);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new CacheLabApp().start(stage);
    }

    private static String seen(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(VBox.class).getAccessibleText();
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
    void updateTagInARouteHandlerFailsWithTheRealMessage(FxRobot robot) {
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
        robot.interact(() -> timeline.setValue(1500));
        assertThat(position(robot)).isEqualTo("2 / 4");
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
        String why = String.join("\n", robot.lookup("#whyLines").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(why).contains("/dashboard is stale").contains("revalidateTag(\"invoices:list:org1\", \"max\") in step 3");
    }

    @Test
    void compareModeShowsEveryToolSideBySide(FxRobot robot) throws Exception {
        robot.clickOn("#compareButton");
        robot.clickOn("#compareAll");
        assertThat(robot.lookup(".compare-new").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".compare-old").queryAll()).isNotEmpty();
        snapshot("compare-form-save.png");
        robot.clickOn("#compareButton");
        assertThat(robot.lookup("#pipeline").tryQuery()).isPresent();
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
