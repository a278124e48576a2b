package dev.cachelab.ui.lessons;

import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.Snapshots;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Shows every stop kind of the learning path in the real window at 1280×720 and writes a PNG of each. */
class LessonSnapshotTest extends AppWindowTest {

    @Override
    protected void afterStart() {
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Test
    void snapshotsEveryStopKind(FxRobot robot) throws Exception {
        robot.clickOn("#nav-lessons");
        LearningPathScreen screen = (LearningPathScreen) app.window().current();
        LearningPathViewModel vm = screen.model();
        String[] stops = {"decision-walk", "sort-mutations", "one-question", "fill-the-seam", "pr-review",
                "compare-tools", "recap", "scenario:stale-after-save", "scenario:webhook-org-tag", "webhook-seam",
                "real-behaviour"};
        for (String id : stops) {
            int index = vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().index();
            robot.interact(() -> vm.select(index));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.selectedProperty().get()).isEqualTo(index);
            snapshot("lesson-" + id.replace(':', '-') + ".png");
        }
    }

    private void snapshot(String name) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Snapshots.writePng(img, out);
    }
}
