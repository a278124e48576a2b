package dev.cachelab.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.layout.VBox;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the window headless: pick a scenario, step, step back, and read what each viewpoint shows. */
class ShellUiTest extends AppWindowTest {

    @Override
    protected void beforeStart() {
        services.motion().setScale(0);
    }

    private static String viewpointText(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().getAccessibleText();
    }

    @Test
    void stepsThroughTheStaleAfterSaveScenario(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        assertThat(picker.getItems()).isNotEmpty();
        assertThat(robot.lookup("#positionLabel").queryAs(Label.class).getText()).isEqualTo("0 / 4");

        robot.clickOn("#stepButton");
        assertThat(viewpointText(robot, "userView")).contains("/invoices/42").contains("getInvoice: v1 (HIT)");
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        // the scenario asks for a prediction before the save
        robot.clickOn("#predictChoice1");
        assertThat(robot.lookup("#predictionReveal").queryAs(Label.class).getText()).startsWith("Not quite");
        // the bug: the user lands on the prerendered list, still version 1
        assertThat(viewpointText(robot, "userView")).contains("/invoices").contains("getInvoiceList: v1 (STALE)");
        assertThat(robot.lookup(".entry-card").queryAll()).isNotEmpty();
        robot.clickOn("#stepButton");
        assertThat(viewpointText(robot, "visitorView")).contains("getInvoiceList: v2 (HIT)").contains("x-nextjs-cache: HIT");
        snapshot("explorer-seed.png");

        robot.clickOn("#stepBackButton");
        assertThat(robot.lookup("#positionLabel").queryAs(Label.class).getText()).isEqualTo("3 / 4");
        assertThat(viewpointText(robot, "visitorView")).contains("getInvoiceList: v1 (HIT)");
        robot.clickOn("#resetButton");
        assertThat(robot.lookup("#positionLabel").queryAs(Label.class).getText()).isEqualTo("0 / 4");
    }

    private void snapshot(String name) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Snapshots.writePng(img, out);
    }
}
