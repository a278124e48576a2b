package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer's keys outside presenter mode, without a toolkit. */
class ExplorerKeysTest {

    @Test
    void arrowsStepSpacePlaysHomeResetsEscClosesCompare() {
        assertThat(ExplorerKeys.actionFor(KeyCode.RIGHT, false, false)).isEqualTo(ExplorerKeys.Action.STEP);
        assertThat(ExplorerKeys.actionFor(KeyCode.RIGHT, true, false)).isEqualTo(ExplorerKeys.Action.STEP);
        assertThat(ExplorerKeys.actionFor(KeyCode.LEFT, true, false)).isEqualTo(ExplorerKeys.Action.BACK);
        assertThat(ExplorerKeys.actionFor(KeyCode.SPACE, false, false)).isEqualTo(ExplorerKeys.Action.PLAY_PAUSE);
        assertThat(ExplorerKeys.actionFor(KeyCode.HOME, false, false)).isEqualTo(ExplorerKeys.Action.RESET);
        assertThat(ExplorerKeys.actionFor(KeyCode.ESCAPE, false, false)).isEqualTo(ExplorerKeys.Action.CLOSE_COMPARE);
        // Shift+→ (selection), Alt+← (history) and unknown keys are not the explorer's
        assertThat(ExplorerKeys.actionFor(KeyCode.RIGHT, false, true)).isNull();
        assertThat(ExplorerKeys.actionFor(KeyCode.SPACE, true, false)).isNull();
        assertThat(ExplorerKeys.actionFor(KeyCode.Q, false, false)).isNull();
    }

    @Test
    void theActionsDriveTheViewModel() {
        ExplorerViewModel vm = new ExplorerViewModel(BuiltInScenarios.load().scenarios());
        vm.select("stale-after-save");
        ExplorerKeys.perform(ExplorerKeys.Action.STEP, vm);
        ExplorerKeys.perform(ExplorerKeys.Action.STEP, vm);
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        ExplorerKeys.perform(ExplorerKeys.Action.STEP, vm);      // asks first, like the Step button
        assertThat(vm.predictions().pending()).isNotNull();
        assertThat(vm.positionProperty().get()).isEqualTo(2);
        ExplorerKeys.perform(ExplorerKeys.Action.BACK, vm);
        assertThat(vm.positionProperty().get()).isEqualTo(1);
        ExplorerKeys.perform(ExplorerKeys.Action.PLAY_PAUSE, vm);
        assertThat(vm.playback().playingProperty().get()).isTrue();
        ExplorerKeys.perform(ExplorerKeys.Action.PLAY_PAUSE, vm);
        assertThat(vm.playback().playingProperty().get()).isFalse();
        ExplorerKeys.perform(ExplorerKeys.Action.RESET, vm);
        assertThat(vm.positionProperty().get()).isZero();
        assertThat(ExplorerKeys.perform(ExplorerKeys.Action.CLOSE_COMPARE, vm)).as("nothing to close").isFalse();
        vm.tryIt().openCompare(Mutation.FORM_SAVE, Site.SERVER_ACTION);
        assertThat(ExplorerKeys.perform(ExplorerKeys.Action.CLOSE_COMPARE, vm)).isTrue();
        assertThat(vm.comparingProperty().get()).isFalse();
    }
}
