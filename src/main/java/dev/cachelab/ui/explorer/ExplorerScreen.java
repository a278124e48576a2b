package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.ui.common.PngExport;
import dev.cachelab.ui.common.WindowFrame;
import dev.cachelab.ui.common.Screen;
import dev.cachelab.ui.common.UiServices;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The explorer screen: wires {@link ExplorerViewModel} and {@link ExplorerView}, and adds File → Open. */
public final class ExplorerScreen implements Screen {

    private final Window owner;
    private final UiServices services;
    private final ExplorerViewModel model;
    private ExplorerView view;
    private Consumer<Path> opener;
    private BiConsumer<String, String> toast = (text, icon) -> { };

    public ExplorerScreen(Window owner, UiServices services) {
        this.owner = owner;
        this.services = services;
        BuiltInScenarios.Catalogue catalogue = BuiltInScenarios.load();
        this.model = new ExplorerViewModel(catalogue.scenarios());
        catalogue.problems().forEach(p -> services.dialogs().problem("A bundled scenario could not be loaded", p.getMessage()));
    }

    /** An explorer on a model built elsewhere (benchmarks, tests). */
    public ExplorerScreen(Window owner, UiServices services, ExplorerViewModel model) {
        this.owner = owner;
        this.services = services;
        this.model = model;
    }

    @Override public String id() { return "explorer"; }
    @Override public String title() { return "Explorer"; }
    @Override public String icon() { return "mdi2s-sitemap"; }

    @Override
    public Node view() {
        if (view == null) view = new ExplorerView(model, services.motion(), this::chooseFile);
        return view.root();
    }

    /** Builds now what the view builds after its first frame (for offscreen snapshots). */
    public void buildDeferred() {
        if (view != null) view.buildDeferred();
    }

    public ExplorerViewModel model() {
        return model;
    }

    /** How File → Open opens a file (the shell's: it remembers recent files and watches a broken one for its fix). */
    public void setOpener(Consumer<Path> opener) {
        this.opener = opener;
    }

    /** Where short confirmations go ("Saved …png"): the shell's toast. */
    public void setToast(BiConsumer<String, String> toast) {
        this.toast = toast;
    }

    /** File → Export frame as PNG: the window as it looks now, for slides. */
    void exportFrame() {
        if (view == null || view.root().getScene() == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the current frame as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(model.player().scenario().id() + "-step-" + model.positionProperty().get() + ".png");
        File f = chooser.showSaveDialog(owner);
        if (f == null) return;
        try {
            PngExport.write(view.root().getScene(), f.toPath());
            toast.accept("Saved " + f.getName(), "mdi2c-check-circle");
        } catch (IOException e) {
            services.dialogs().problem("The frame could not be saved", f + ": " + e.getMessage());
        }
    }

    public void contributeMenus(WindowFrame window) {
        MenuItem export = new MenuItem("_Export frame as PNG…");
        export.setId("menuExportPng");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> {
            window.show(id());
            exportFrame();
        });
        window.fileMenu().getItems().add(0, export);
        MenuItem open = new MenuItem("_Open scenario or case…");
        open.setId("menuOpen");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> {
            window.show(id());
            chooseFile();
        });
        window.fileMenu().getItems().add(0, open);
        window.menuBar().getMenus().add(1, playbackMenu(window));
    }

    /**
     * Playback: the transport in a menu, so it is reachable from the keyboard anywhere (F10). The keys shown are
     * the explorer's own (ExplorerKeys), not accelerators: as accelerators they would take → and Space from every
     * text field and list of the window.
     */
    private Menu playbackMenu(WindowFrame window) {
        Menu menu = new Menu("_Playback");
        menu.setId("menuPlayback");
        menu.getItems().addAll(
                playbackItem(window, "menuStep", "_Step            →", model::stepForward),
                playbackItem(window, "menuBack", "_Back (replays)  ←", model::stepBack),
                playbackItem(window, "menuPlay", "_Play / pause    Space", model::togglePlay),
                playbackItem(window, "menuReset", "Back to the s_tart   Home", model::reset));
        return menu;
    }

    private MenuItem playbackItem(WindowFrame window, String id, String text, Runnable command) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            window.show(id());
            command.run();
        });
        return item;
    }

    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Cache Lab scenario or conformance case");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cache Lab JSON", "*.json"));
        File f = chooser.showOpenDialog(owner);
        if (f != null && opener != null) {
            opener.accept(f.toPath());
        } else if (f != null) {
            model.open(f.toPath()).thenAccept(outcome -> {
                if (outcome == FileOpening.Outcome.FAILED) {
                    services.dialogs().problem("This file could not be opened", model.problemProperty().get());
                }
            });
        }
    }
}
