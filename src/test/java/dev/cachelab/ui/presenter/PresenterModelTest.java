package dev.cachelab.ui.presenter;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Presenter keys drive the explorer through its public view model; no toolkit needed. */
class PresenterModelTest {

    private ExplorerViewModel explorer;
    private PresenterModel presenter;

    @BeforeEach
    void setUp() {
        explorer = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
        // a conformance case: several steps and no prediction to answer (the explorer may stop at those)
        assertThat(explorer.open(java.nio.file.Path.of("src/test/resources/conformance/baseline--static.json").toAbsolutePath()).join())
                .isEqualTo(dev.cachelab.ui.explorer.FileOpening.Outcome.OPENED);
        presenter = new PresenterModel(explorer);
        presenter.setActive(true);
    }

    private boolean press(KeyCode key) {
        return presenter.perform(PresenterKeys.actionFor(key).orElseThrow());
    }

    @Test
    void pageDownSpaceAndRightStepForward() {
        assertThat(explorer.positionProperty().get()).isZero();
        press(KeyCode.PAGE_DOWN);
        assertThat(explorer.positionProperty().get()).isEqualTo(1);
        press(KeyCode.SPACE);
        assertThat(explorer.positionProperty().get()).isEqualTo(2);
        press(KeyCode.RIGHT);
        assertThat(explorer.positionProperty().get()).isEqualTo(3);
    }

    @Test
    void pageUpStepsBackAndHomeResets() {
        press(KeyCode.PAGE_DOWN);
        press(KeyCode.PAGE_DOWN);
        press(KeyCode.PAGE_UP);
        assertThat(explorer.positionProperty().get()).isEqualTo(1);
        press(KeyCode.PAGE_DOWN);
        press(KeyCode.HOME);
        assertThat(explorer.positionProperty().get()).isZero();
        press(KeyCode.PAGE_UP);                       // nothing before the start: stays
        assertThat(explorer.positionProperty().get()).isZero();
    }

    @Test
    void stepsPastTheEndAreIgnored() {
        int n = explorer.stepCountProperty().get();
        for (int i = 0; i < n + 3; i++) press(KeyCode.PAGE_DOWN);
        assertThat(explorer.positionProperty().get()).isEqualTo(n);
        assertThat(presenter.nextStepProperty().get()).startsWith("End of the scenario");
    }

    @Test
    void bBlanksAndEscFirstUnblanksThenLeaves() {
        press(KeyCode.B);
        assertThat(presenter.blankedProperty().get()).isTrue();
        press(KeyCode.PAGE_DOWN);                     // still steps in the dark
        assertThat(explorer.positionProperty().get()).isEqualTo(1);
        assertThat(press(KeyCode.ESCAPE)).isFalse();
        assertThat(presenter.blankedProperty().get()).isFalse();
        assertThat(press(KeyCode.ESCAPE)).isTrue();
        press(KeyCode.PERIOD);
        assertThat(presenter.blankedProperty().get()).isTrue();
        presenter.setActive(false);
        assertThat(presenter.blankedProperty().get()).isFalse();
    }

    @Test
    void speakerNotesShowThisStepsNarrationAndTheNextStep() {
        assertThat(presenter.stepLabelProperty().get()).startsWith("Before the first step");
        assertThat(presenter.nextStepProperty().get()).startsWith("1. ");
        assertThat(presenter.nextNotesProperty().get()).isEqualTo(explorer.steps().get(0).narration());
        press(KeyCode.PAGE_DOWN);
        assertThat(presenter.stepLabelProperty().get()).isEqualTo("Step 1 of " + explorer.stepCountProperty().get());
        assertThat(presenter.nowNotesProperty().get()).isEqualTo(explorer.narrationProperty().get()).isNotBlank();
        assertThat(presenter.nextStepProperty().get()).startsWith("2. ");
        assertThat(presenter.nextNotesProperty().get()).isEqualTo(explorer.steps().get(1).narration());
    }

    @Test
    void speakerNotesSayWhenTheNextStepAsksTheRoomFirst() {
        assertThat(explorer.select("stale-after-save")).isTrue();
        press(KeyCode.PAGE_DOWN);
        press(KeyCode.PAGE_DOWN);
        // step 3 carries a prediction: the notes say so, with the question and its answer
        assertThat(presenter.nextStepProperty().get()).startsWith("3. ").endsWith("— a prediction first");
        assertThat(presenter.nextNotesProperty().get())
                .startsWith("Prediction: Next asks the room \"The user clicks Save. Which version of the invoice list will they land on?\"")
                .contains("answer: \"Version 1: the list from before the save\"")
                .endsWith(explorer.steps().get(2).narration());
        press(KeyCode.PAGE_DOWN);                     // asks
        assertThat(explorer.predictions().pending()).isNotNull();
        assertThat(presenter.nowNotesProperty().get()).startsWith("The room is being asked: \"The user clicks Save.");
        assertThat(presenter.nextStepProperty().get()).doesNotContain("prediction");
        press(KeyCode.PAGE_DOWN);                     // plays
        assertThat(explorer.positionProperty().get()).isEqualTo(3);
        assertThat(presenter.nowNotesProperty().get()).isEqualTo(explorer.narrationProperty().get());
        // once asked, going back and forth does not announce it again
        press(KeyCode.PAGE_UP);
        assertThat(presenter.nextStepProperty().get()).doesNotContain("prediction");
    }

    @Test
    void keysWithModifiersOrUnknownKeysDoNothing() {
        assertThat(PresenterKeys.actionFor(KeyCode.Q)).isEmpty();
        assertThat(PresenterKeys.actionFor(KeyCode.S)).contains(PresenterAction.SPOTLIGHT);
        press(KeyCode.S);
        assertThat(presenter.spotlightProperty().get()).isTrue();
    }
}
