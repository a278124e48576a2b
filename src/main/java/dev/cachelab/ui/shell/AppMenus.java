package dev.cachelab.ui.shell;

import dev.cachelab.ui.presenter.PresenterMode;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.theme.Theme;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import java.util.List;

/**
 * The shell's menu items and accelerators (File → Open Recent / Reload, the View menu, Help → Keyboard shortcuts /
 * About) and the {@code ?} key. Every command is in a menu, so everything is reachable from the keyboard (F10 or
 * Alt opens the menu bar) and listed on the shortcut sheet ({@link Shortcuts}).
 */
public final class AppMenus {

    private AppMenus() {
    }

    public static void install(MainWindow window, Stage stage, Scene scene, ThemeManager theme, UserPreferences prefs,
                               Motion motion, ScenarioFiles files, PresenterMode presenter, ShortcutSheet sheet) {
        // ---- File: Open (the explorer adds it at the top), Open Recent, Reload, Quit
        Menu recent = new Menu("Open _Recent");
        recent.setId("menuRecent");
        files.bindRecentMenu(recent);
        MenuItem reload = new MenuItem("_Reload file");
        reload.setId("menuReload");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        reload.setOnAction(e -> files.reload());
        List<MenuItem> items = window.fileMenu().getItems();
        int quit = items.size() - 1;
        items.addAll(Math.max(0, quit), List.of(recent, reload, new SeparatorMenuItem()));

        // ---- View
        Menu themeMenu = new Menu("_Theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("menuTheme-" + t.key());
            item.setToggleGroup(themes);
            item.setSelected(theme.themeProperty().get() == t);
            item.setOnAction(e -> theme.themeProperty().set(t));
            themeMenu.getItems().add(item);
        }
        theme.themeProperty().addListener((o, a, t) -> themes.getToggles().forEach(
                x -> x.setSelected(((MenuItem) x).getId().equals("menuTheme-" + t.key()))));
        MenuItem nextTheme = new MenuItem("_Next theme");
        nextTheme.setId("menuNextTheme");
        nextTheme.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        nextTheme.setOnAction(e -> {
            Theme[] all = Theme.values();
            theme.themeProperty().set(all[(theme.themeProperty().get().ordinal() + 1) % all.length]);
        });
        themeMenu.getItems().addAll(new SeparatorMenuItem(), nextTheme);

        Menu zoomMenu = new Menu("_Zoom");
        ToggleGroup zooms = new ToggleGroup();
        for (int z : ThemeManager.ZOOM_PRESETS) {
            RadioMenuItem item = new RadioMenuItem(z + " %");
            item.setId("menuZoom-" + z);
            item.setToggleGroup(zooms);
            item.setOnAction(e -> theme.setEffectiveZoom(z));
            zoomMenu.getItems().add(item);
        }
        Runnable syncZoom = () -> zooms.getToggles().forEach(
                x -> x.setSelected(((MenuItem) x).getId().equals("menuZoom-" + theme.effectiveZoom())));
        theme.effectiveZoomProperty().addListener((o, a, b) -> syncZoom.run());
        syncZoom.run();
        MenuItem zoomIn = new MenuItem("Zoom _in");
        zoomIn.setId("menuZoomIn");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> theme.zoomStep(+1));
        MenuItem zoomOut = new MenuItem("Zoom _out");
        zoomOut.setId("menuZoomOut");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> theme.zoomStep(-1));
        MenuItem zoomReset = new MenuItem("_Actual size");
        zoomReset.setId("menuZoomReset");
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(e -> theme.setEffectiveZoom(100));
        zoomMenu.getItems().addAll(new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset);
        // the same on the keypad and with the plus key
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> theme.zoomStep(+1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> theme.zoomStep(+1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> theme.zoomStep(-1));

        Menu motionMenu = new Menu("_Motion");
        ToggleGroup motions = new ToggleGroup();
        Object[][] presets = {{"Normal", Motion.NORMAL}, {"Calm (shorter)", Motion.CALM}, {"Slow (2×, for explaining)", Motion.SLOW},
                {"None (no animation)", Motion.NONE}};
        for (Object[] p : presets) {
            double v = (Double) p[1];
            RadioMenuItem item = new RadioMenuItem((String) p[0]);
            item.setId("menuMotion-" + (int) (v * 100));
            item.setToggleGroup(motions);
            item.setOnAction(e -> motion.setScale(v));
            motionMenu.getItems().add(item);
        }
        Runnable syncMotion = () -> motions.getToggles().forEach(x -> x.setSelected(
                ((MenuItem) x).getId().equals("menuMotion-" + (int) Math.round(motion.scale() * 100))));
        motion.scaleProperty().addListener((o, a, b) -> syncMotion.run());
        syncMotion.run();
        MenuItem toggleMotion = new MenuItem("_Reduce motion on / off");
        toggleMotion.setId("menuMotionToggle");
        toggleMotion.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        toggleMotion.setOnAction(e -> motion.setScale(motion.reduced() ? Motion.NORMAL : Motion.NONE));
        motionMenu.getItems().addAll(new SeparatorMenuItem(), toggleMotion);

        CheckMenuItem presenting = new CheckMenuItem("_Presenter mode");
        presenting.setId("menuPresenter");
        presenting.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presenting.setOnAction(e -> {
            presenter.toggle();
            presenting.setSelected(presenter.isActive());
        });
        presenter.model().activeProperty().addListener((o, a, on) -> presenting.setSelected(on));
        CheckMenuItem notes = new CheckMenuItem("Speaker _notes window");
        notes.setId("menuSpeakerNotes");
        notes.selectedProperty().bindBidirectional(presenter.model().notesShownProperty());
        CheckMenuItem fullScreen = new CheckMenuItem("_Full screen");
        fullScreen.setId("menuFullScreen");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        stage.fullScreenProperty().addListener((o, a, on) -> fullScreen.setSelected(on));

        window.viewMenu().getItems().addAll(themeMenu, zoomMenu, motionMenu, new SeparatorMenuItem(),
                presenting, notes, fullScreen);

        // ---- Help
        MenuItem keys = new MenuItem("_Keyboard shortcuts   ?");
        keys.setId("menuShortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> sheet.toggle());
        MenuItem about = new MenuItem("_About Cache Lab");
        about.setId("menuAbout");
        about.setOnAction(e -> AboutDialog.create(stage).show());
        window.helpMenu().getItems().addAll(keys, new SeparatorMenuItem(), about);

        // ---- "?" anywhere but in a text field opens the sheet
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) {
                sheet.toggle();
                e.consume();
            }
        });
    }
}
