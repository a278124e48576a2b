package dev.cachelab.ui.shell;

import dev.cachelab.scenario.Scenario;
import dev.cachelab.ui.common.AppLog;
import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.explorer.ExplorerViewModel;
import dev.cachelab.ui.explorer.FileOpening.Outcome;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The learner's own scenario files around the explorer: opening (drop on the window, Open Recent, the command
 * line), the recent-files list and the last scenario in the preferences, and reloading the open file when it
 * changes on disk. A bad file gets {@link ErrorDialogs#fileProblem} and the explorer keeps what it showed.
 */
public final class ScenarioFiles implements AutoCloseable {

    private final ExplorerViewModel explorer;
    private final UserPreferences prefs;
    private final FileWatcher watcher;
    /** Watches a file that failed to open, and opens it as soon as it is saved fixed. */
    private final FileWatcher fixWatcher;
    private final Executor fxThread;
    private Runnable onFixed = () -> { };
    private final ErrorDialogs dialogs;
    private Runnable beforeOpen = () -> { };

    /** {@code fxThread} runs the watcher's reports on the FX thread ({@code Platform::runLater} in the app). */
    public ScenarioFiles(ExplorerViewModel explorer, UserPreferences prefs, ErrorDialogs dialogs, long pollMs, Executor fxThread) {
        this.explorer = explorer;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.fxThread = fxThread;
        this.watcher = new FileWatcher(pollMs, file -> fxThread.execute(() -> reloadIfCurrent(file)));
        this.fixWatcher = new FileWatcher(pollMs, file -> fxThread.execute(() -> retry(file)));
        // only later selections are the user's: the explorer's initial one must not overwrite the remembered
        // last scenario before restoreLast() reads it
        explorer.selectedProperty().addListener((o, a, s) -> selected(s));
    }

    public ScenarioFiles(ExplorerViewModel explorer, UserPreferences prefs, ErrorDialogs dialogs) {
        this(explorer, prefs, dialogs, 700, Platform::runLater);
    }

    /** Runs before a file is opened from here (the shell shows the explorer screen). */
    public void setBeforeOpen(Runnable r) {
        this.beforeOpen = r;
    }

    /** Runs after a file that had failed to open was saved fixed and opened (the shell says so). */
    public void setOnFixed(Runnable r) {
        this.onFixed = r;
    }

    /** The file that failed to open and is watched for its fix, or null. */
    public Path awaitingFix() {
        return fixWatcher.watched();
    }

    /** The file the explorer shows, or null for a built-in scenario. */
    public Path currentFile() {
        return fileOf(explorer.selectedProperty().get());
    }

    public FileWatcher watcher() {
        return watcher;
    }

    /**
     * Opens {@code file} (off the JavaFX thread in the app, with progress and Cancel in the explorer); on a problem
     * shows the dialog, keeps the current scenario and watches the file for its fix. Completes with whether it
     * opened (false when cancelled, without a dialog).
     */
    public CompletableFuture<Boolean> open(Path file) {
        beforeOpen.run();
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            prefs.removeRecent(abs.toString());
            dialogs.problem("This file could not be opened", abs + ": no such file");
            return CompletableFuture.completedFuture(false);
        }
        return explorer.open(abs).thenApply(outcome -> {
            if (outcome == Outcome.OPENED) fixWatcher.stop();
            if (outcome != Outcome.FAILED) return outcome == Outcome.OPENED;
            dialogs.fileProblem("This file could not be opened", explorer.problemProperty().get(),
                    "Cache Lab watches the file and opens it as soon as it is saved without the problem.");
            fixWatcher.watch(abs);
            return false;
        });
    }

    /** The watched broken file changed: open it if it is fixed now, else keep waiting for the next save. */
    private void retry(Path file) {
        if (!file.equals(fixWatcher.watched())) return;
        explorer.open(file).thenAccept(outcome -> {
            if (outcome == Outcome.OPENED) {
                fixWatcher.stop();
                AppLog.LOG.info("opened " + file + " once it was fixed");
                onFixed.run();
            } else if (outcome == Outcome.FAILED) {
                AppLog.LOG.info(file + " changed and still has a problem: " + explorer.problemProperty().get());
            }
        });
    }

    /** Reopens the current file, keeping the step position where it can; completes with whether it reopened. */
    public CompletableFuture<Boolean> reload() {
        Path file = currentFile();
        if (file == null) return CompletableFuture.completedFuture(false);
        return reloadIfCurrent(file);
    }

    private CompletableFuture<Boolean> reloadIfCurrent(Path file) {
        if (!file.equals(currentFile())) return CompletableFuture.completedFuture(false);
        int position = explorer.positionProperty().get();
        return explorer.open(file).thenApply(outcome -> {
            if (outcome == Outcome.OPENED) {
                explorer.seek(Math.min(position, explorer.stepCountProperty().get()));
                AppLog.LOG.info("reloaded " + file + " after it changed on disk");
            } else if (outcome == Outcome.FAILED) {
                dialogs.fileProblem("The file changed on disk and now has a problem",
                        explorer.problemProperty().get(), "Still showing the version loaded before.");
            }
            return outcome == Outcome.OPENED;
        });
    }

    /** Restores the last scenario from the preferences: a built-in id, or a file that still exists. */
    public void restoreLast() {
        String last = prefs.lastScenarioProperty().get();
        if (last == null || last.isBlank()) return;
        Path p = pathOrNull(last);
        if (p != null && p.isAbsolute()) {
            if (!Files.isRegularFile(p)) return;
            explorer.open(p).thenAccept(outcome -> {
                if (outcome == Outcome.FAILED) {
                    AppLog.LOG.warning("last scenario " + p + " no longer loads: " + explorer.problemProperty().get());
                }
            });
        } else {
            explorer.select(last);
        }
    }

    private void selected(Scenario s) {
        if (s == null) return;
        Path file = fileOf(s);
        if (file != null) {
            prefs.addRecent(file);
            prefs.lastScenarioProperty().set(file.toString());
            if (!file.equals(watcher.watched())) watcher.watch(file);
        } else {
            prefs.lastScenarioProperty().set(s.id());
            watcher.stop();
        }
    }

    /** The file behind a scenario opened from disk; null for bundled ones (their source is a resource name). */
    static Path fileOf(Scenario s) {
        if (s == null) return null;
        Path p = pathOrNull(s.source());
        return p != null && p.isAbsolute() ? p : null;
    }

    private static Path pathOrNull(String s) {
        try {
            return Path.of(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- window integration ----

    /** Lets a scenario or case file be dropped anywhere on {@code scene}; {@code frame} shows a drop outline. */
    public void installDropTarget(Scene scene, Node frame) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppable(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                if (!frame.getStyleClass().contains("drop-target")) frame.getStyleClass().add("drop-target");
            }
            e.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, e -> frame.getStyleClass().remove("drop-target"));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            frame.getStyleClass().remove("drop-target");
            File f = droppable(e.getDragboard().getFiles());
            boolean ok = f != null;
            e.setDropCompleted(ok);
            e.consume();
            // open after the drop completes so a problem dialog doesn't block the platform's drag loop
            if (ok) fxThread.execute(() -> open(f.toPath()));
        });
    }

    /** The first dropped file that looks like one of ours (.json), or null. */
    static File droppable(List<File> files) {
        if (files == null) return null;
        for (File f : files) {
            if (f.isFile() && f.getName().toLowerCase(Locale.ROOT).endsWith(".json")) return f;
        }
        return null;
    }

    /** Fills File → Open Recent from the preferences each time it is about to show. */
    public void bindRecentMenu(Menu recent) {
        Runnable fill = () -> {
            recent.getItems().clear();
            int i = 1;
            for (String f : prefs.recentFiles()) {
                Path p = Path.of(f);
                String label = (i <= 9 ? "_" + i + "  " : "    ") + p.getFileName() + "   —  " + (p.getParent() == null ? "" : p.getParent());
                MenuItem item = new MenuItem(label);
                item.setMnemonicParsing(true);
                item.setId("recent-" + i);
                item.setOnAction(e -> open(p));
                recent.getItems().add(item);
                i++;
            }
            if (prefs.recentFiles().isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                recent.getItems().add(none);
            } else {
                MenuItem clear = new MenuItem("_Clear recent files");
                clear.setId("recentClear");
                clear.setOnAction(e -> prefs.recentFiles().clear());
                recent.getItems().addAll(new SeparatorMenuItem(), clear);
            }
        };
        fill.run();
        prefs.recentFiles().addListener((ListChangeListener<String>) c -> fill.run());
    }

    @Override
    public void close() {
        watcher.close();
        fixWatcher.close();
    }
}
