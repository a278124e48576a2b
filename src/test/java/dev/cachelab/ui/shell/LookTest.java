package dev.cachelab.ui.shell;

import dev.cachelab.ui.AppWindowTest;
import dev.cachelab.ui.Snapshots;
import dev.cachelab.ui.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Every theme at 100 % and 200 % zoom at 1280×720 and 1920×1080, presenter mode, the shortcut sheet, About and the
 * speaker notes: written to target/screenshots/ to look at, and checked — zoom scales the text, no state badge is
 * cut to "…", and presenting gives the pipeline the room.
 */
class LookTest extends AppWindowTest {

    @Override
    protected void afterStart() {
        app.presenter().setUseFullScreen(false);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return dev.cachelab.ui.Fx.call(c);
    }

    private void size(int w, int h) throws Exception {
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
            return null;
        });
    }

    /** The font size the narration is drawn at. */
    private double narrationSize() throws Exception {
        return fx(() -> ((javafx.scene.control.Label) stage.getScene().lookup("#narrationLabel")).getFont().getSize());
    }

    /** Badges whose word is drawn cut short ("fr…") in the current scene. */
    private java.util.List<String> cutBadges() throws Exception {
        return fx(() -> stage.getScene().getRoot().lookupAll(".state-badge").stream()
                .filter(javafx.scene.Node::isVisible)
                .map(n -> (javafx.scene.control.Label) n)
                .filter(l -> l.lookup(".text") instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText()))
                .map(javafx.scene.control.Label::getText).toList());
    }

    private static void shoot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = fx(() -> scene.snapshot(null));
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Snapshots.writePng(img, out);
    }

    private void steps(int n) throws Exception {
        fx(() -> {
            for (int i = 0; i < n; i++) app.explorer().model().stepForward();
            return null;
        });
    }

    @Test
    void themesAndZooms() throws Exception {
        services.motion().setScale(0);
        steps(3);
        double at100 = narrationSize();
        for (int[] wh : new int[][]{{1280, 720}, {1920, 1080}}) {
            size(wh[0], wh[1]);
            for (Theme t : Theme.values()) {
                for (int zoom : new int[]{100, 200}) {
                    fx(() -> {
                        app.theme().themeProperty().set(t);
                        app.theme().zoomProperty().set(zoom);
                        return null;
                    });
                    shoot(stage.getScene(), "theme-" + t.key() + "-" + zoom + "-" + wh[0] + "x" + wh[1] + ".png");
                    org.assertj.core.api.Assertions.assertThat(narrationSize()).as("zoom " + zoom)
                            .isCloseTo(at100 * zoom / 100.0, org.assertj.core.api.Assertions.within(0.6));
                    org.assertj.core.api.Assertions.assertThat(cutBadges()).as(t + " " + zoom + " " + wh[0]).isEmpty();
                }
            }
        }
        fx(() -> {
            app.theme().themeProperty().set(Theme.LIGHT);
            app.theme().zoomProperty().set(100);
            return null;
        });
    }

    @Test
    void presenterSheetAboutAndNotes() throws Exception {
        steps(2);
        size(1920, 1080);
        fx(() -> {
            app.presenter().setActive(true);
            return null;
        });
        shoot(stage.getScene(), "presenter-150-1920x1080.png");
        org.assertj.core.api.Assertions.assertThat(fx(() -> stage.getScene().lookup("#sandboxBar")))
                .as("\"Try it\" gives way while presenting (T brings it back)").isNull();
        org.assertj.core.api.Assertions.assertThat(cutBadges()).isEmpty();
        fx(() -> {
            app.theme().setEffectiveZoom(200);
            return null;
        });
        shoot(stage.getScene(), "presenter-200-1920x1080.png");
        size(1280, 720);
        shoot(stage.getScene(), "presenter-200-1280x720.png");
        fx(() -> {
            app.presenter().model().spotlightProperty().set(true);
            app.presenter().spotlight().follow(640, 300);
            return null;
        });
        shoot(stage.getScene(), "presenter-spotlight-1280x720.png");
        fx(() -> {
            app.presenter().model().spotlightProperty().set(false);
            app.presenter().model().notesShownProperty().set(true);
            return null;
        });
        shoot(app.presenter().notesWindow().stage().getScene(), "speaker-notes.png");
        fx(() -> {
            app.presenter().model().notesShownProperty().set(false);
            app.shortcutSheet().show();
            return null;
        });
        shoot(stage.getScene(), "shortcut-sheet-presenter-200-1280x720.png");
        fx(() -> {
            app.shortcutSheet().hide();
            app.presenter().setActive(false);
            app.shortcutSheet().show();
            return null;
        });
        shoot(stage.getScene(), "shortcut-sheet-light-100-1280x720.png");
        fx(() -> {
            app.shortcutSheet().hide();
            return null;
        });
        for (Theme t : new Theme[]{Theme.LIGHT, Theme.DARK}) {
            Alert about = fx(() -> {
                app.theme().themeProperty().set(t);
                Alert a = AboutDialog.create(stage);
                a.show();
                return a;
            });
            shoot(about.getDialogPane().getScene(), "about-" + t.key() + ".png");
            fx(() -> {
                about.close();
                return null;
            });
        }
        services.dialogs().setShowDialogs(true);
        try {
            fx(() -> {
                services.dialogs().fileProblem("This file could not be opened",
                        "/home/me/scenario.json:14:25: $.steps[0].do: unknown step \"gett\"; expected one of get, routeHandler, browserGoto, serverAction, routerRefresh, linkNavigate, wait");
                return null;
            });
            javafx.stage.Window w = fx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(x -> x.getScene() != null && x.getScene().lookup("#problemDialog") != null).findFirst().orElseThrow());
            shoot(w.getScene(), "file-problem.png");
            fx(() -> {
                ((Stage) w).close();
                return null;
            });
        } finally {
            services.dialogs().setShowDialogs(false);
        }
        fx(() -> {
            app.theme().themeProperty().set(Theme.LIGHT);
            return null;
        });
    }
}
