package dev.cachelab.ui.theme;

import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Theme and zoom switching on a real scene: one root font size scales text, em paddings and icons. */
@ExtendWith(ApplicationExtension.class)
class ThemeManagerTest {

    private final ThemeManager theme = new ThemeManager();
    private Label label;
    private Label small;
    private Button button;
    private FontIcon icon;
    private Scene scene;

    @Start
    void start(Stage stage) {
        label = new Label("Fresh");
        small = new Label("note");
        small.setStyle("-fx-font-size: 0.5em;");
        icon = new FontIcon("mdi2c-check-circle");
        button = new Button("Step", icon);
        scene = new Scene(new VBox(label, small, button), 400, 300);
        theme.register(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void back() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            theme.presentingProperty().set(false);
            theme.zoomProperty().set(100);
            theme.themeProperty().set(Theme.LIGHT);
        });
    }

    private void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            r.run();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
    }

    @Test
    void zoomChangesTheRootFontSizeAndEverythingInEmFollows() {
        fx(() -> { });
        assertThat(label.getFont().getSize()).isEqualTo(14.0);
        assertThat(small.getFont().getSize()).isEqualTo(7.0);
        double buttonHeight = button.getHeight();
        double iconSize = icon.getIconSize();

        fx(() -> theme.zoomProperty().set(200));
        assertThat(label.getFont().getSize()).isEqualTo(28.0);
        assertThat(small.getFont().getSize()).isEqualTo(14.0);
        assertThat(icon.getIconSize()).isEqualTo((int) Math.round(iconSize * 2));
        assertThat(button.getHeight()).isGreaterThan(buttonHeight * 1.8);

        fx(() -> theme.zoomProperty().set(150));
        assertThat(label.getFont().getSize()).isEqualTo(21.0);
    }

    @Test
    void zoomIsClampedAndStepsThroughThePresets() {
        fx(() -> theme.setEffectiveZoom(900));
        assertThat(theme.effectiveZoom()).isEqualTo(200);
        fx(() -> theme.zoomStep(-1));
        assertThat(theme.effectiveZoom()).isEqualTo(175);
        fx(() -> theme.setEffectiveZoom(10));
        assertThat(theme.effectiveZoom()).isEqualTo(100);
        fx(() -> theme.zoomStep(+1));
        assertThat(theme.effectiveZoom()).isEqualTo(125);
    }

    @Test
    void themesSwitchTheRootPseudoClassAndTheTokenValues() {
        fx(() -> theme.themeProperty().set(Theme.DARK));
        assertThat(scene.getRoot().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("dark"));
        fx(() -> theme.themeProperty().set(Theme.HIGH_CONTRAST));
        assertThat(scene.getRoot().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("high-contrast"))
                .doesNotContain(PseudoClass.getPseudoClass("dark"));
        // high contrast: white text on black
        assertThat(label.getTextFill().toString()).isEqualTo("0xffffffff");
        fx(() -> theme.themeProperty().set(Theme.LIGHT));
        assertThat(label.getTextFill().toString()).isNotEqualTo("0xffffffff");
    }

    @Test
    void presentingUsesHighContrastTheProjectorSheetAndThePresenterZoomThenRestores() {
        fx(() -> {
            theme.themeProperty().set(Theme.DARK);
            theme.zoomProperty().set(125);
            theme.presenterZoomProperty().set(175);
            theme.presentingProperty().set(true);
        });
        assertThat(theme.effectiveTheme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(label.getFont().getSize()).isEqualTo(24.5);
        assertThat(scene.getStylesheets()).anyMatch(s -> s.equals(ThemeManager.sheet(ThemeManager.PROJECTOR)));
        fx(() -> theme.setEffectiveZoom(200));            // changes the presenter's zoom only
        assertThat(theme.presenterZoomProperty().get()).isEqualTo(200);
        assertThat(theme.zoomProperty().get()).isEqualTo(125);

        fx(() -> theme.presentingProperty().set(false));
        assertThat(theme.effectiveTheme()).isEqualTo(Theme.DARK);
        assertThat(label.getFont().getSize()).isEqualTo(17.5);
        assertThat(scene.getStylesheets()).noneMatch(s -> s.equals(ThemeManager.sheet(ThemeManager.PROJECTOR)));
    }

    @Test
    void motionScaleZeroMeansNoAnimationAndEachWindowHasItsOwn() {
        Motion motion = new Motion();
        Motion other = new Motion();
        motion.setScale(0);
        assertThat(motion.reduced()).isTrue();
        assertThat(motion.scaled(Motion.LONG).toMillis()).isZero();
        assertThat(other.reduced()).isFalse();                 // no global: another window keeps its motion
        motion.setScale(0.5);
        assertThat(motion.scaled(Motion.LONG).toMillis()).isEqualTo(300.0);
        motion.setScale(7);
        assertThat(motion.scale()).isEqualTo(Motion.MAX);
        motion.setScale(-1);
        assertThat(motion.reduced()).isTrue();
        assertThat(Motion.off().reduced()).isTrue();
    }
}
