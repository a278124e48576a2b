package dev.cachelab.ui.reference;

import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.CutText;
import dev.cachelab.ui.Snapshots;
import dev.cachelab.ui.lessons.LearningPathScreen;
import dev.cachelab.ui.lessons.walker.DecisionWalkerViewModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence on screen, at 1280×720 and at 200 % zoom: notes with each badge kind, the Reference panel, and a
 * corrected lesson screen. Writes {@code target/screenshots/evidence/*.png} to look at, and checks what a look would:
 * every badge is inside the window and shows its word, and no text is cut short.
 */
class EvidenceSnapshotsTest extends AppWindowTest {

    @Override
    protected void beforeStart() {
        services.motion().setScale(0);
    }

    @Override
    protected void afterStart() {
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Test
    void notesWithEveryBadgeKindTheReferencePanelAndACorrectedLesson(FxRobot robot) throws Exception {
        for (int zoom : List.of(100, 200)) {
            robot.interact(() -> app.theme().zoomProperty().set(zoom));
            // previously-visited-pages: a modelled note (step 3), a source note (step 6), a measured one (step 7)
            robot.interact(() -> {
                app.window().show("explorer");
                app.explorer().model().select("previously-visited-pages");
                app.explorer().model().seek(7);
            });
            // the side panel folds away in a narrow window: unfold it for its Notes tab
            if (robot.lookup("#sideTabs").tryQuery().isEmpty()) robot.clickOn("#codeToggle");
            robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(2));
            WaitForAsyncUtils.waitForFxEvents();
            Node notes = robot.lookup("#notesPanel").query();
            List<String> kinds = robot.from(notes).lookup(".evidence-badge").queryAllAs(EvidenceBadge.class).stream()
                    .map(b -> b.getEvidence().kind().word()).distinct().sorted().toList();
            assertThat(kinds).containsExactly("measured", "modelled", "source");
            shot("notes-badges-" + zoom + ".png");
            // the modelled note is headed as Cache Lab's model, never as Next.js
            assertThat(robot.from(notes).lookup(".note-source").queryAllAs(javafx.scene.control.Label.class).stream()
                    .map(javafx.scene.control.Label::getText)).anyMatch(t -> t.startsWith("Cache Lab's model"))
                    .anyMatch(t -> t.startsWith("In Next.js 16.4.6"));

            robot.interact(() -> app.reference().model().open("R16"));
            WaitForAsyncUtils.waitForFxEvents();
            Node panel = robot.lookup("#referencePanel").query();
            assertThat(CutText.cut(panel)).as("cut text in the Reference panel at " + zoom + " %").isEmpty();
            inWindow(robot.lookup("#referenceClose").query());
            EvidenceBadge b = robot.from(panel).lookup(".evidence-badge").queryAs(EvidenceBadge.class);
            Node word = b.lookup(".evidence-word");
            // the badge's word is drawn whole inside the badge at every zoom
            assertThat(word.localToScene(word.getBoundsInLocal()).getMaxX())
                    .isLessThanOrEqualTo(b.localToScene(b.getBoundsInLocal()).getMaxX() - b.snappedRightInset() + 0.5);
            shot("reference-panel-" + zoom + ".png");
            robot.interact(() -> robot.from(panel).lookup(".reference-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0.6));
            WaitForAsyncUtils.waitForFxEvents();
            shot("reference-panel-cases-" + zoom + ".png");
            robot.interact(() -> app.reference().model().close());

            robot.interact(() -> {
                app.window().show("lessons");
                LearningPathScreen lessons = (LearningPathScreen) app.window().current();
                int index = lessons.model().rows().stream().filter(r -> r.id().equals("decision-walk")).findFirst().orElseThrow().index();
                lessons.model().select(index);
                DecisionWalkerViewModel walk = (DecisionWalkerViewModel) lessons.model().pageProperty().get();
                walk.restart();
                walk.choose(1);
                walk.choose(1);
                walk.choose(1);
                walk.choose(1); // several instances
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node badge = robot.lookup("#endpointCard .evidence-badge").query();
            inWindow(badge);
            assertThat(CutText.cut(robot.lookup("#learningPath").query())).as("cut text on the lesson at " + zoom + " %").isEmpty();
            shot("lesson-several-instances-" + zoom + ".png");
        }
    }

    private void inWindow(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth() + 1);
    }

    private void shot(String name) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screenshots", "evidence", name);
        Files.createDirectories(out.getParent());
        Snapshots.writePng(img, out);
    }
}
