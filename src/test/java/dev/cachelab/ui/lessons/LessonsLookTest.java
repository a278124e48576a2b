package dev.cachelab.ui.lessons;

import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.CutText;
import dev.cachelab.ui.Snapshots;
import dev.cachelab.ui.theme.Theme;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stop of the learning path at 100, 150 and 200 % zoom in windows from 1280×720 to 1920×1080: no text on the
 * Lessons screen is cut to "…" and no page needs a horizontal scroll bar (text wraps, pages scroll down). Writes a
 * PNG of each stop at 100 % and 200 % in the smallest and the largest window, the theme changing from stop to
 * stop, to target/screenshots/lessons/.
 */
class LessonsLookTest extends AppWindowTest {

    private static final String[] STOPS = {"scenario:stale-after-save", "one-question", "fill-the-seam",
            "webhook-seam", "decision-walk", "compare-tools", "pr-review", "sort-mutations", "real-behaviour", "recap"};
    private static final int[][] SIZES = {{1280, 720}, {1280, 800}, {1920, 1080}};
    private static final int[] ZOOMS = {100, 150, 200};

    private static <T> T fx(Callable<T> c) throws Exception {
        return dev.cachelab.ui.Fx.call(c);
    }

    @Test
    void noLessonTextIsCutAtAnyZoomOrWindowSize(FxRobot robot) throws Exception {
        robot.clickOn("#nav-lessons");
        LearningPathViewModel vm = ((LearningPathScreen) app.window().current()).model();
        Node screen = robot.lookup("#learningPath").query();
        List<String> problems = new ArrayList<>();
        int shot = 0;
        for (int[] wh : SIZES) {
            for (int zoom : ZOOMS) {
                fx(() -> {
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(wh[0]);
                    stage.setHeight(wh[1]);
                    app.theme().zoomProperty().set(zoom);
                    return null;
                });
                for (String id : STOPS) {
                    Theme theme = Theme.values()[shot++ % Theme.values().length];
                    int index = vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().index();
                    fx(() -> {
                        app.theme().themeProperty().set(theme);
                        vm.select(index);
                        return null;
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    String where = id + " at " + zoom + " % in " + wh[0] + "x" + wh[1] + ": ";
                    fx(() -> CutText.cut(screen)).forEach(c -> problems.add(where + c));
                    boolean extreme = (zoom == 100 || zoom == 200) && wh[1] != 800;
                    if (extreme) snapshot("lessons/" + id.replace(':', '-') + "-" + zoom + "-" + wh[0] + "x" + wh[1]
                            + "-" + theme.key() + ".png");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void snapshot(String name) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Snapshots.writePng(img, out);
    }
}
