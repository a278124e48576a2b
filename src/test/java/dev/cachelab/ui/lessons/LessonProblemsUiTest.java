package dev.cachelab.ui.lessons;

import atlantafx.base.theme.PrimerLight;
import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.common.Navigator;
import dev.cachelab.ui.shell.CacheLabApp;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad content and a damaged progress file, as the learner meets them: a dialog naming the broken lesson file's
 * line and column while the other lessons load, and a notice that progress starts fresh.
 */
class LessonProblemsUiTest extends AppWindowTest {

    private static final String GOOD = """
            {"format": "cachelab-lesson/1", "kind": "recap", "id": "ok", "title": "Still here",
             "points": [{"title": "A point", "text": "It loaded.", "evidence": {"kind": "modelled", "ref": "a fixture that says nothing real"}}]}
            """;
    private static final String BAD = """
            {"format": "cachelab-lesson/1",
             "kind": "recap", "id": "bad", "title": "Broken",
             "points": [{"title": "A point", "txt": "typo"}]}
            """;

    private final List<String> opened = new ArrayList<>();
    private Path home;
    private Path lessons;

    /** Shows the learning path alone, over a lessons folder with a broken file and a damaged progress file. */
    @Override
    protected void beforeStart() throws Exception {
        home = newHome();
        lessons = tempDir("cachelab-lessons");
        Files.writeString(lessons.resolve("index.json"), """
                {"format": "cachelab-lesson-index/1", "title": "A small path",
                 "path": [{"lesson": "good.json"}, {"lesson": "bad.json"}]}
                """);
        Files.writeString(lessons.resolve("good.json"), GOOD);
        Files.writeString(lessons.resolve("bad.json"), BAD);
        Files.writeString(home.resolve("progress.json"), "{\"format\": \"cachelab-progress/1\", \"items\": ");
        System.setProperty("cachelab.lessons", lessons.toString());
        Navigator nav = new Navigator() {
            @Override public void showScreen(String screenId) { }
            @Override public void openScenario(String scenarioId) { opened.add(scenarioId); }
        };
        LearningPathScreen screen = new LearningPathScreen(nav, id -> false, new ErrorDialogs(true));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1000, 700);
        scene.getStylesheets().add(CacheLabApp.class.getResource(CacheLabApp.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    protected boolean startsTheApp() {
        return false;
    }

    @AfterEach
    void restore() {
        System.clearProperty("cachelab.lessons");
    }

    @Test
    void aBrokenLessonIsReportedWithItsPlaceAndTheOthersLoad(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the dialog opens once the window is up
        DialogPane dialog = robot.lookup("#problemDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("A lesson file could not be loaded");
        assertThat(dialog.getContentText())
                .contains(lessons.resolve("bad.json") + ":3:41: $.points[0].txt: unknown field \"txt\" in a point")
                .contains("The other lessons are available.");
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));

        assertThat(robot.lookup("#pathList").queryAs(javafx.scene.layout.Pane.class).getChildren()).hasSize(2);
        assertThat(robot.lookup(".recap-title").queryLabeled().getText()).isEqualTo("A point");
        robot.clickOn("#stop-1");
        assertThat(robot.lookup("#brokenProblem").queryLabeled().getText()).contains("bad.json:3:41");
        // the hint names the folder in use, not the bundled resources/lessons
        assertThat(robot.lookup("#brokenHint").queryLabeled().getText())
                .contains("validate " + lessons.resolve("*.json")).doesNotContain("resources/lessons");
        assertThat(((javafx.scene.control.Label) dialog.lookup("#problemFile")).getText()).isEqualTo(lessons.resolve("bad.json").toString());
        assertThat(((javafx.scene.control.Label) dialog.lookup("#problemFooter")).getText()).contains(lessons.toString());
    }

    @Test
    void aDamagedProgressFileIsKeptAsideAndTheLearnerIsTold(FxRobot robot) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#problemDialog").queryAs(DialogPane.class).lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(robot.lookup("#noticeBar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText())
                .contains("could not be used").contains("kept as").contains("starts fresh");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("progress.json.corrupt-"));
        }
        robot.clickOn("#dismissNoticeButton");
        assertThat(robot.lookup("#noticeBar").query().isVisible()).isFalse();
    }
}
