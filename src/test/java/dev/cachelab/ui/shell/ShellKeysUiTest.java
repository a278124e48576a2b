package dev.cachelab.ui.shell;

import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;


import static org.assertj.core.api.Assertions.assertThat;

/** The whole window, headless: F5 toggles presenter mode, clicker keys step, ? shows the shortcut sheet. */
class ShellKeysUiTest extends AppWindowTest {

    @Override
    protected void beforeStart() {
        services.motion().setScale(0);       // steps settle at once
    }

    private String position(FxRobot robot) {
        return robot.lookup("#positionLabel").queryAs(Label.class).getText();
    }

    @Test
    void f5TogglesPresenterModeAndPageDownStepsTheExplorer(FxRobot robot) {
        robot.clickOn("#narrationLabel");
        assertThat(app.window().isChromeVisible()).isTrue();
        robot.type(KeyCode.F5);
        assertThat(app.presenter().isActive()).isTrue();
        assertThat(app.window().isChromeVisible()).isFalse();
        assertThat(app.theme().effectiveTheme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(robot.lookup("#presenterBadge").query().isVisible()).isTrue();

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(position(robot)).startsWith("1 / ");
        robot.type(KeyCode.SPACE);
        assertThat(position(robot)).startsWith("2 / ");
        robot.type(KeyCode.PAGE_UP);
        assertThat(position(robot)).startsWith("1 / ");

        robot.type(KeyCode.B);
        assertThat(robot.lookup("#blankScreen").query().isVisible()).isTrue();
        robot.type(KeyCode.B);
        assertThat(robot.lookup("#blankScreen").query().isVisible()).isFalse();

        robot.type(KeyCode.F5);
        assertThat(app.presenter().isActive()).isFalse();
        assertThat(app.window().isChromeVisible()).isTrue();
        assertThat(app.theme().effectiveTheme()).isEqualTo(Theme.LIGHT);
        // outside presenter mode Page Down belongs to the focused control again
        assertThat(position(robot)).startsWith("1 / ");
    }

    @Test
    void escLeavesPresenterModeAndFullScreen(FxRobot robot) {
        robot.clickOn("#narrationLabel");
        robot.type(KeyCode.F5);
        assertThat(app.presenter().isActive()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(app.presenter().isActive()).isFalse();
        assertThat(stage.isFullScreen()).isFalse();
    }

    @Test
    void questionMarkShowsTheShortcutSheetAndEscClosesIt(FxRobot robot) {
        robot.clickOn("#narrationLabel");
        assertThat(app.shortcutSheet().isShowing()).isFalse();
        robot.write("?");
        assertThat(app.shortcutSheet().isShowing()).isTrue();
        assertThat(robot.lookup(".shortcut-sheet .key-cap").queryAll()).hasSizeGreaterThan(20);
        assertThat(robot.lookup(".key-cap").queryAllAs(Label.class)).anyMatch(l -> l.getText().equals("F5"));
        robot.type(KeyCode.ESCAPE);
        assertThat(app.shortcutSheet().isShowing()).isFalse();
        robot.type(KeyCode.F1);
        assertThat(app.shortcutSheet().isShowing()).isTrue();
        robot.write("?");
        assertThat(app.shortcutSheet().isShowing()).isFalse();
    }

    @Test
    void zoomAcceleratorsChangeTheRootFontSize(FxRobot robot) {
        robot.clickOn("#narrationLabel");
        Label title = robot.lookup("#narrationLabel").queryAs(Label.class);
        double before = title.getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.theme().effectiveZoom()).isEqualTo(125);
        assertThat(title.getFont().getSize()).isCloseTo(before * 1.25, org.assertj.core.data.Offset.offset(0.1));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.theme().effectiveZoom()).isEqualTo(100);
        assertThat(app.preferences().zoomProperty().get()).isEqualTo(100);
        // an embedded (fresh) window never writes the settings
        assertThat(java.nio.file.Path.of(System.getProperty("cachelab.home"), PreferencesStore.FILE_NAME)).doesNotExist();
    }
}
