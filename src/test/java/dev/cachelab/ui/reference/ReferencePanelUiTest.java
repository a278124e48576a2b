package dev.cachelab.ui.reference;

import dev.cachelab.ui.AppWindowTest;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule number in the explorer's notes is a link: it opens the Reference panel at that rule, whose evidence badge
 * says how it is known, and a case the rule lists plays in the explorer with one click.
 */
class ReferencePanelUiTest extends AppWindowTest {

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
    void aRuleLinkInANoteOpensTheReferencePanelAndItsCasePlaysInTheExplorer(FxRobot robot) {
        robot.interact(() -> {
            app.explorer().model().select("stale-after-save");
            app.explorer().model().seek(3);
        });
        assertThat(robot.lookup("#referencePanel").query().isVisible()).isFalse();
        // the note of the save step cites R11 (behind "A note on real Next.js"); its badge says it was measured
        robot.clickOn("#noteButton");
        Node notes = robot.lookup("#currentNotes").query();
        assertThat(robot.from(notes).lookup(".evidence-badge").queryAs(EvidenceBadge.class).getPseudoClassStates().toString())
                .contains("measured");
        Hyperlink r11 = robot.from(notes).lookup("#refLink-R11").queryAs(Hyperlink.class);
        robot.interact(r11::fire); // the link may sit below the pop-over's fold; firing it is what a click does

        assertThat(robot.lookup("#referencePanel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#referenceTitle").queryAs(Label.class).getText()).isEqualTo("Rule R11");
        assertThat(robot.lookup("#referenceHeading").queryAs(Label.class).getText()).isEqualTo("An action reads its own invalidations");
        assertThat(robot.lookup("#referenceBody").queryAs(Label.class).getText()).contains("'max'");
        assertThat(robot.from((Node) robot.lookup("#referenceEvidence").query()).lookup(".evidence-badge").queryAs(EvidenceBadge.class)
                .getEvidence().kind().word()).isEqualTo("measured");

        Button play = robot.lookup("#referencePlay-sa-revalidateTag-max-redirect--dynamic").queryButton();
        assertThat(play.isDisabled()).isFalse();
        robot.clickOn(play);

        assertThat(robot.lookup("#referencePanel").query().isVisible()).isFalse();
        assertThat(app.window().current().id()).isEqualTo("explorer");
        assertThat(app.explorer().model().player().scenario().id()).isEqualTo("sa-revalidateTag-max-redirect@dynamic");
        assertThat(app.explorer().model().positionProperty().get()).isZero();
        robot.interact(() -> app.explorer().model().stepForward());
        assertThat(app.explorer().model().positionProperty().get()).isEqualTo(1);
        assertThat(app.explorer().model().player().results()).hasSize(1);
    }

    @Test
    void helpReferenceBrowsesEveryEntryAndEscCloses(FxRobot robot) {
        robot.interact(() -> app.reference().model().open("§4.5"));
        assertThat(robot.lookup("#referenceTitle").queryAs(Label.class).getText()).isEqualTo("Spec §4.5");
        assertThat(robot.lookup("#referenceCases").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(1);
        robot.interact(() -> robot.lookup("#referenceList").queryListView().getSelectionModel().select(
                app.reference().model().reference().find("F20").orElseThrow()));
        assertThat(robot.lookup("#referenceTitle").queryAs(Label.class).getText()).isEqualTo("Finding F20");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(robot.lookup("#referencePanel").query().isVisible()).isFalse();
    }
}
