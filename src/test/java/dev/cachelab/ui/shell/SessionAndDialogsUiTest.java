package dev.cachelab.ui.shell;

import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.CutText;
import dev.cachelab.ui.common.AppLog;
import dev.cachelab.ui.lessons.LearningPathScreen;
import dev.cachelab.ui.theme.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window started with {@code --fresh} over a user folder with saved progress, settings and a log: it reads
 * none of it and writes nothing; a damaged progress file is reported in the main window at start-up; problem
 * dialogs list each file on its own and wrap; About shows its whole text; the high-contrast rail tells focus from
 * selection; the presenter hint covers no control.
 */
class SessionAndDialogsUiTest extends AppWindowTest {

    private Path home;

    private static <T> T fx(Callable<T> c) throws Exception {
        return dev.cachelab.ui.Fx.call(c);
    }

    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                out.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Each test starts the window itself ({@link #startApp}), in a user folder of its own. */
    @Override
    protected void beforeStart() throws Exception {
        home = newHome();
    }

    @Override
    protected boolean startsTheApp() {
        return false;
    }

    private void startApp(StartOptions options) throws Exception {
        fx(() -> {
            app = new CacheLabApp();
            app.start(stage, options, services);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
            return null;
        });
    }

    @Test
    void aFreshSessionReadsNoProgressAndWritesNothing(FxRobot robot) throws Exception {
        Files.writeString(home.resolve("progress.json"), """
                {"format": "cachelab-progress/1", "current": "pr-review",
                 "items": {"one-question": {"done": true, "attempts": 1, "last": {"correct": 5, "total": 5},
                                            "best": {"correct": 5, "total": 5}}}}
                """);
        Files.writeString(home.resolve("preferences.json"), "{\"theme\": \"dark\", \"zoom\": 150}\n");
        Map<String, String> before = snapshot(home);

        startApp(StartOptions.parse(List.of("--fresh")));
        assertThat(app.theme().themeProperty().get()).isEqualTo(Theme.LIGHT);
        robot.clickOn("#nav-lessons");
        LearningPathScreen lessons = app.lessons();
        assertThat(lessons.model().progress().items()).as("the saved progress was not read").isEmpty();
        assertThat(robot.lookup("#unsavedNote").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#pathSummary").queryLabeled().getText()).startsWith("0 of");
        // learn something: read the comparison table, walk the decision tree to an endpoint
        int table = lessons.model().rows().stream().filter(r -> r.id().equals("compare-tools")).findFirst().orElseThrow().index();
        robot.interact(() -> lessons.model().select(table));
        assertThat(lessons.model().progress().get("compare-tools").done()).isTrue();
        robot.interact(() -> app.theme().zoomProperty().set(125));
        Thread.sleep(300); // the progress writer and the settings autosave run off the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(snapshot(home)).as("nothing read or written in the user's folder").isEqualTo(before);
        assertThat(AppLog.file()).as("no log file in this session").isEmpty();
        assertThat(AboutDialog.filesText()).contains("saves no settings or progress").contains("Log: none");
    }

    @Test
    void aDamagedProgressFileIsReportedInTheMainWindowAtStartUp(FxRobot robot) throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"format\": \"cachelab-progress/1\", \"items\": ");
        startApp(StartOptions.DEFAULT);
        assertThat(app.window().current().id()).isEqualTo("explorer");
        Node notice = robot.lookup("#" + CacheLabApp.PROGRESS_NOTICE).query();
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#" + CacheLabApp.PROGRESS_NOTICE + "Text").queryLabeled().getText())
                .contains("could not be used").contains("kept as").contains("starts fresh");
        robot.clickOn("#" + CacheLabApp.PROGRESS_NOTICE + "Action");
        assertThat(app.window().current().id()).isEqualTo("lessons");
        assertThat(robot.lookup("#" + CacheLabApp.PROGRESS_NOTICE).tryQuery()).isEmpty();
        assertThat(robot.lookup("#noticeBar").query().isVisible()).as("the Lessons screen keeps the notice").isTrue();
        robot.clickOn("#dismissNoticeButton");
        assertThat(robot.lookup("#noticeBar").query().isVisible()).isFalse();
    }

    private DialogPane shownDialog() throws Exception {
        return fx(() -> Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup("#problemDialog") != null)
                .map(w -> (DialogPane) w.getScene().lookup("#problemDialog")).findFirst().orElseThrow());
    }

    private void close(DialogPane pane) throws Exception {
        fx(() -> {
            ((Stage) pane.getScene().getWindow()).close();
            return null;
        });
    }

    @Test
    void problemDialogsKeepEachFileApartAndWrapTheirText(FxRobot robot) throws Exception {
        startApp(StartOptions.FRESH);
        services.dialogs().setShowDialogs(true);
        String first = "/srv/lessons/bad.json:3:41: $.points[0].txt: unknown field \"txt\" in a point; expected one of title, text, note, scenario";
        String second = "/srv/lessons/worse.json:1:1: $: expected a lesson file, found an empty file";
        fx(() -> {
            services.dialogs().problems("2 lesson files could not be loaded", List.of(first, second), "The other lessons are available.");
            return null;
        });
        DialogPane two = shownDialog();
        assertThat(((Label) two.lookup("#problemFile-0")).getText()).isEqualTo("/srv/lessons/bad.json");
        assertThat(((Label) two.lookup("#problemFile-1")).getText()).isEqualTo("/srv/lessons/worse.json");
        assertThat(((Label) two.lookup("#problemExpected-0")).getText())
                .isEqualTo("unknown field \"txt\" in a point; expected one of title, text, note, scenario")
                .doesNotContain("worse.json");
        assertThat(((Label) two.lookup("#problemExpected-1")).getText()).isEqualTo("expected a lesson file, found an empty file");
        assertThat(CutText.cut(two)).isEmpty();
        close(two);

        String changed = "/home/me/scenarios/my-first.json:14:25: $.steps[0].do: unknown step \"gett\"; expected one of get,"
                + " routeHandler, browserGoto, serverAction, routerRefresh, linkNavigate, wait, clientCall, traffic";
        for (int zoom : new int[]{100, 200}) {
            fx(() -> {
                app.theme().zoomProperty().set(zoom);
                services.dialogs().fileProblem("The file changed on disk and now has a problem", changed,
                        "Still showing the version loaded before.");
                return null;
            });
            DialogPane one = shownDialog();
            assertThat(((Label) one.lookup("#problemExpected")).getText()).endsWith("clientCall, traffic");
            assertThat(((Label) one.lookup("#problemFooter")).getText()).isEqualTo("Still showing the version loaded before.");
            assertThat(CutText.cut(one)).as("at " + zoom + " %").isEmpty();
            close(one);
        }
    }

    @Test
    void aboutShowsItsWholeTextAwayFromTheEdge(FxRobot robot) throws Exception {
        startApp(StartOptions.FRESH);
        for (int zoom : new int[]{100, 200}) {
            Alert about = fx(() -> {
                app.theme().zoomProperty().set(zoom);
                Alert a = AboutDialog.create(stage);
                a.show();
                return a;
            });
            DialogPane pane = about.getDialogPane();
            assertThat(CutText.cut(pane)).as("at " + zoom + " %").isEmpty();
            assertThat(((Label) pane.lookup("#aboutRuntime")).getText()).contains("JavaFX ");
            assertThat(((Label) pane.lookup("#aboutNextVersions")).getText()).contains("Next.js 16.4.6 and 16.5.0");
            for (String id : new String[]{"#aboutLibrariesTitle", "#licenceTable"}) {
                Node n = pane.lookup(id);
                double left = fx(() -> n.localToScene(n.getLayoutBounds()).getMinX());
                assertThat(left).as(id + " keeps a margin from the dialog's edge").isGreaterThanOrEqualTo(zoom / 100.0 * 14);
            }
            fx(() -> {
                about.close();
                return null;
            });
        }
    }

    private static Paint fill(ToggleButton b) {
        Background bg = b.getBackground();
        return bg == null || bg.getFills().isEmpty() ? null : bg.getFills().get(bg.getFills().size() - 1).getFill();
    }

    @Test
    void theHighContrastRailShowsFocusApartFromTheScreenShown(FxRobot robot) throws Exception {
        startApp(StartOptions.FRESH);
        fx(() -> {
            app.theme().themeProperty().set(Theme.HIGH_CONTRAST);
            return null;
        });
        ToggleButton explorer = robot.lookup("#nav-explorer").queryAs(ToggleButton.class);
        ToggleButton lessons = robot.lookup("#nav-lessons").queryAs(ToggleButton.class);
        Paint shown = fill(explorer);
        robot.interact(lessons::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(explorer.isSelected()).isTrue();
        assertThat(app.window().current().id()).isEqualTo("explorer");
        assertThat(fill(lessons)).as("focused, not shown").isNotEqualTo(fill(explorer));
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(app.window().current().id()).isEqualTo("lessons");
        assertThat(lessons.isSelected()).isTrue();
        assertThat(fill(lessons)).as("shown and focused: the fill of the shown screen").isEqualTo(shown);
        // the arrow keys move the selection through the rail: the screen follows, it never lags behind
        robot.type(javafx.scene.input.KeyCode.UP);
        assertThat(explorer.isSelected()).isTrue();
        assertThat(app.window().current().id()).isEqualTo("explorer");
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(lessons.isSelected()).isTrue();
        assertThat(app.window().current().id()).isEqualTo("lessons");
        robot.clickOn(lessons); // a click on the shown screen's button keeps it shown and selected
        assertThat(lessons.isSelected()).isTrue();
        assertThat(app.window().current().id()).isEqualTo("lessons");
    }

    @Test
    void thePresenterHintCoversNoControl(FxRobot robot) throws Exception {
        startApp(StartOptions.FRESH);
        fx(() -> {
            app.presenter().setUseFullScreen(false);
            stage.setWidth(1920);
            stage.setHeight(1080);
            app.presenter().setActive(true);
            return null;
        });
        Node badge = robot.lookup("#presenterBadge").query();
        assertThat(badge.isVisible()).isTrue();
        Bounds b = fx(() -> badge.localToScene(badge.getLayoutBounds()));
        for (String id : new String[]{"#positionLabel", "#playButton", "#stepButton", "#timeline"}) {
            Node n = robot.lookup(id).query();
            Bounds nb = fx(() -> n.localToScene(n.getLayoutBounds()));
            assertThat(b.intersects(nb)).as("the hint over " + id).isFalse();
        }
        fx(() -> {
            app.presenter().setActive(false);
            return null;
        });
    }
}
