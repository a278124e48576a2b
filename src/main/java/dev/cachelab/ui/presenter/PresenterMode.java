package dev.cachelab.ui.presenter;

import dev.cachelab.ui.common.WindowFrame;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.Optional;

/**
 * Presenter mode in the window: turning it on switches to the high-contrast projector look at the presenter's
 * zoom, hides the menus and rail, goes full screen, and routes clicker keys to {@link PresenterModel}; the blank
 * screen and the spotlight sit in the window's overlay layer; the speaker notes open in their own window.
 * Turning it off puts everything back as it was.
 */
public final class PresenterMode {

    private final Stage stage;
    private final WindowFrame window;
    private final ThemeManager theme;
    private final PresenterModel model;
    private final ExplorerViewModel explorer;
    private final Motion motion;
    private final BlankScreen blank;
    private final Spotlight spotlight;
    private final Label badge = new Label("Presenter · F5 to leave");
    private SpeakerNotesWindow notes;
    private boolean wasFullScreen;
    /** Full screen may be refused (headless tests, some window managers); presenter mode works without it. */
    private boolean useFullScreen = true;

    public PresenterMode(Stage stage, WindowFrame window, ThemeManager theme, Motion motion, ExplorerViewModel explorer) {
        this.stage = stage;
        this.motion = motion;
        this.blank = new BlankScreen(motion);
        this.window = window;
        this.theme = theme;
        this.model = new PresenterModel(explorer);
        this.explorer = explorer;
        this.spotlight = new Spotlight(() -> ThemeManager.fontSizePx(theme.effectiveZoom()), motion);
        badge.getStyleClass().add("presenter-badge");
        badge.setId("presenterBadge");
        badge.setMouseTransparent(true);
        badge.setVisible(false);
        window.addOverlay(spotlight);
        window.addOverlay(blank);
        // a strip of its own under the screen, not an overlay: it covers nothing (the tool bar's speed and step
        // counter were under the old corner badge); the screen takes the room back when it fades
        window.setFooter(badge);
        blank.setOnMouseClicked(e -> model.blankedProperty().set(false));
        model.blankedProperty().addListener((o, a, on) -> blank.setBlanked(on));
        model.spotlightProperty().addListener((o, a, on) -> spotlight.setOn(on));
        model.notesShownProperty().addListener((o, a, on) -> showNotes(on));
    }

    public PresenterModel model() {
        return model;
    }

    public boolean isActive() {
        return model.isActive();
    }

    public void setUseFullScreen(boolean use) {
        this.useFullScreen = use;
    }

    /** Adds the key and mouse handling to the main window's scene. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> { if (model.spotlightProperty().get()) spotlight.follow(e.getSceneX(), e.getSceneY()); });
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> { if (model.spotlightProperty().get()) spotlight.follow(e.getSceneX(), e.getSceneY()); });
    }

    /** The clicker keys; only while presenting, and not while typing in a text field. */
    public void handleKey(KeyEvent e) {
        if (!model.isActive()) return;
        if (e.getTarget() instanceof TextInputControl) return;
        Optional<PresenterAction> action = PresenterKeys.actionFor(e);
        if (action.isEmpty()) return;
        e.consume();
        if (model.perform(action.get())) setActive(false);
    }

    public void toggle() {
        setActive(!model.isActive());
    }

    public void setActive(boolean on) {
        if (on == model.isActive()) return;
        model.setActive(on);
        theme.presentingProperty().set(on);
        explorer.presentingProperty().set(on);
        window.setChromeVisible(!on);
        showBadge(on);
        if (on) {
            wasFullScreen = stage.isFullScreen();
            if (useFullScreen) {
                stage.setFullScreenExitHint("");
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreen(true);
            }
            if (notes != null) notes.restartTimer();
            // with a second screen (projector + laptop) the notes open by themselves on the other one
            if (Screen.getScreens().size() > 1) model.notesShownProperty().set(true);
        } else {
            if (useFullScreen && !wasFullScreen) stage.setFullScreen(false);
            stage.setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
            model.notesShownProperty().set(false);
        }
    }

    /** A hint under the screen for the presenter when presenter mode starts; it fades after a few seconds. */
    private void showBadge(boolean on) {
        if (!on) {
            badge.setVisible(false);
            return;
        }
        badge.setOpacity(1);
        badge.setVisible(true);
        FadeTransition fade = new FadeTransition(
                motion.scaled(Motion.LONG), badge);
        fade.setDelay(Duration.seconds(4));
        fade.setToValue(0);
        fade.setOnFinished(e -> badge.setVisible(false));
        if (motion.reduced()) {
            PauseTransition wait = new PauseTransition(Duration.seconds(4));
            wait.setOnFinished(e -> badge.setVisible(false));
            wait.play();
        } else {
            fade.play();
        }
    }

    private void showNotes(boolean on) {
        if (on) {
            if (notes == null) notes = new SpeakerNotesWindow(stage, model, theme, this::handleNotesKey);
            notes.restartTimer();
            notes.show(stage);
        } else if (notes != null) {
            notes.hide();
        }
    }

    /** Keys pressed in the notes window: the same clicker keys, and F5 / Esc leave presenter mode. */
    private void handleNotesKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            e.consume();
            toggle();
            return;
        }
        if (!model.isActive()) {
            Optional<PresenterAction> a = PresenterKeys.actionFor(e);
            if (a.isPresent() && a.get() != PresenterAction.EXIT && a.get() != PresenterAction.BLANK) {
                e.consume();
                model.perform(a.get());
            }
            return;
        }
        handleKey(e);
    }

    /** The notes window (created on first use), for tests and screenshots. */
    public SpeakerNotesWindow notesWindow() {
        if (notes == null) notes = new SpeakerNotesWindow(stage, model, theme, this::handleNotesKey);
        return notes;
    }

    public BlankScreen blankScreen() { return blank; }
    public Spotlight spotlight() { return spotlight; }
}
