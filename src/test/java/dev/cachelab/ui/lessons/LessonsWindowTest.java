package dev.cachelab.ui.lessons;

import dev.cachelab.ui.AppWindowTest;
import org.testfx.api.FxRobot;

/**
 * The window at 1280×720 in a fresh user folder per test (so tests do not see each other's progress), with the
 * moves the lesson tests share: open the Lessons screen, go to a stop, read a label.
 */
abstract class LessonsWindowTest extends AppWindowTest {

    @Override
    protected void beforeStart() throws Exception {
        newHome();
    }

    @Override
    protected void afterStart() {
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    LearningPathScreen open(FxRobot robot) {
        robot.clickOn("#nav-lessons");
        return (LearningPathScreen) app.window().current();
    }

    /** Selects stop {@code stopId} in the path, as a click on its row does; returns its index. */
    static int go(FxRobot robot, LearningPathScreen screen, String stopId) {
        LearningPathViewModel vm = screen.model();
        int index = vm.rows().stream().filter(r -> r.id().equals(stopId)).findFirst().orElseThrow().index();
        robot.interact(() -> vm.select(index));
        return index;
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
