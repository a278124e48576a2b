package dev.cachelab.ui.presenter;

import dev.cachelab.ui.common.KeyCaps;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Consumer;

/**
 * The presenter's own window: where the scenario is, what the narration says now, the next step and what to say
 * about it, and a timer since presenter mode started. It opens on another screen when there is one. The clicker
 * keys work here too (the remote sends keys to whichever window has focus).
 */
public final class SpeakerNotesWindow {

    private final Stage stage = new Stage();
    private final PresenterModel model;
    private final Label timer = new Label("00:00");
    private final AnimationTimer clock;
    private long startedNanos;

    public SpeakerNotesWindow(Window owner, PresenterModel model, ThemeManager theme, Consumer<KeyEvent> keys) {
        this.model = model;
        stage.setTitle("Cache Lab — speaker notes");
        Label head = new Label();
        head.getStyleClass().add("notes-head");
        head.textProperty().bind(model.titleProperty().concat("  ·  ").concat(model.stepLabelProperty()));
        head.setId("notesHead");
        timer.getStyleClass().add("notes-timer");
        timer.setId("notesTimer");
        timer.setAccessibleText("time since presenter mode started");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, head, grow, timer);
        top.setAlignment(Pos.CENTER_LEFT);

        Label nowLabel = new Label("Now");
        nowLabel.getStyleClass().add("notes-now-label");
        Label now = new Label();
        now.setId("notesNow");
        now.getStyleClass().add("notes-now");
        now.setWrapText(true);
        now.textProperty().bind(model.nowNotesProperty());
        now.setAccessibleRole(AccessibleRole.TEXT);
        VBox nowCard = new VBox(6, nowLabel, now);
        nowCard.getStyleClass().add("notes-card");

        Label nextLabel = new Label("Next");
        nextLabel.getStyleClass().add("notes-next-label");
        Label next = new Label();
        next.setId("notesNextStep");
        next.getStyleClass().add("notes-next");
        next.setWrapText(true);
        next.textProperty().bind(model.nextStepProperty());
        Label nextNarration = new Label();
        nextNarration.setId("notesNextNarration");
        nextNarration.getStyleClass().add("notes-next-narration");
        nextNarration.setWrapText(true);
        nextNarration.textProperty().bind(model.nextNotesProperty());
        VBox nextCard = new VBox(6, nextLabel, next, nextNarration);
        nextCard.getStyleClass().add("notes-card");

        Button back = new Button("Previous", new FontIcon("mdi2c-chevron-left"));
        back.setId("notesPrevious");
        back.setOnAction(e -> model.perform(PresenterAction.PREVIOUS));
        back.disableProperty().bind(model.explorer().canStepBackProperty().not());
        Button fwd = new Button("Next", new FontIcon("mdi2c-chevron-right"));
        fwd.setId("notesNextButton");
        fwd.getStyleClass().add("accent");
        fwd.setOnAction(e -> model.perform(PresenterAction.NEXT));
        fwd.disableProperty().bind(model.explorer().canStepForwardProperty().not());
        Button blank = new Button("Blank screen", new FontIcon("mdi2m-monitor-off"));
        blank.setId("notesBlank");
        blank.setOnAction(e -> model.perform(PresenterAction.BLANK));
        HBox keysHint = new HBox(6, KeyCaps.keyCap("Page Down"), new Label("next"),
                KeyCaps.keyCap("Page Up"), new Label("previous"), KeyCaps.keyCap("B"), new Label("blank"),
                KeyCaps.keyCap("Esc"), new Label("leave"));
        keysHint.setAlignment(Pos.CENTER_LEFT);
        Region grow2 = new Region();
        HBox.setHgrow(grow2, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, fwd, blank, grow2, keysHint);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(top, nowCard, nextCard, buttons);
        root.getStyleClass().add("speaker-notes");
        root.setId("speakerNotes");
        VBox.setVgrow(nowCard, Priority.ALWAYS);
        Scene scene = new Scene(root, 900, 560);
        theme.register(scene, false);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::accept);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setOnCloseRequest(e -> model.notesShownProperty().set(false));
        clock = new AnimationTimer() {
            private long lastSecond = -1;

            @Override
            public void handle(long now) {
                long s = (now - startedNanos) / 1_000_000_000L;
                if (s != lastSecond) {
                    lastSecond = s;
                    timer.setText(String.format("%02d:%02d", s / 60, s % 60));
                }
            }
        };
    }

    public Stage stage() {
        return stage;
    }

    /** Resets the timer (presenter mode started). */
    public void restartTimer() {
        startedNanos = System.nanoTime();
    }

    public void show(Window mainWindow) {
        placeOnOtherScreen(mainWindow);
        stage.show();
        clock.start();
    }

    public void hide() {
        clock.stop();
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /** On a second screen if there is one (the presenter's laptop), else beside the main window. */
    private void placeOnOtherScreen(Window main) {
        List<Screen> screens = Screen.getScreens();
        Rectangle2D mainBounds = main == null ? null : new Rectangle2D(main.getX(), main.getY(),
                Math.max(1, main.getWidth()), Math.max(1, main.getHeight()));
        for (Screen s : screens) {
            if (mainBounds == null || !s.getBounds().intersects(mainBounds)) {
                Rectangle2D b = s.getVisualBounds();
                stage.setX(b.getMinX() + 40);
                stage.setY(b.getMinY() + 40);
                stage.setWidth(Math.min(1000, b.getWidth() - 80));
                stage.setHeight(Math.min(640, b.getHeight() - 80));
                return;
            }
        }
    }

    public PresenterModel model() {
        return model;
    }
}
