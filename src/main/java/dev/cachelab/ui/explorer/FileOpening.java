package dev.cachelab.ui.explorer;

import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;
import dev.cachelab.scenario.ScenarioPlayer;
import dev.cachelab.scenario.ScenarioRecording;
import dev.cachelab.ui.common.BackgroundTask;
import dev.cachelab.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Opens scenario and case files without blocking the JavaFX thread. Reading, validating and running every step once
 * ({@link ScenarioPlayer#prepare}: the results and checkpoints that make stepping, Back and scrubbing cheap) happen
 * on the {@link TaskExecutor}, with progress and Cancel; the explorer switches to the file only once all of it is
 * ready. A file that fails leaves the explorer as it was and sets its problem, the same one-line error as
 * {@code validate}. Opening another file cancels the one still loading. Remembers, for each scenario opened from a
 * file while it is in the picker, its file and its recording.
 */
public final class FileOpening {

    /** How an opening ended. */
    public enum Outcome { OPENED, FAILED, CANCELLED }

    /** A file read, checked and run through once, ready to show. */
    private record Prepared(Scenario scenario, Path file, ScenarioRecording recording) { }

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final Map<Scenario, Path> files = new IdentityHashMap<>();
    private final Map<Scenario, ScenarioRecording> recordings = new IdentityHashMap<>();
    private final ObservableList<Scenario> picker;
    private final ObjectProperty<Scenario> selected;
    private final StringProperty problem;
    private TaskExecutor executor = TaskExecutor.CURRENT_THREAD;
    private BackgroundTask<Prepared> running;
    private CompletableFuture<Outcome> runningOutcome;

    /** Opened files go into {@code picker} and are {@code selected}; a file that fails sets {@code problem}. */
    FileOpening(ObservableList<Scenario> picker, ObjectProperty<Scenario> selected, StringProperty problem) {
        this.picker = picker;
        this.selected = selected;
        this.problem = problem;
        // what leaves the picker (the same file opened again) is forgotten with its recording
        picker.addListener((ListChangeListener<Scenario>) c -> {
            while (c.next()) {
                for (Scenario s : c.getRemoved()) {
                    if (picker.stream().noneMatch(x -> x == s)) {
                        files.remove(s);
                        recordings.remove(s);
                    }
                }
            }
        });
    }

    /** Where the work runs: at once on the calling thread (the default: tests, headless commands) or in the background. */
    public void setExecutor(TaskExecutor executor) {
        this.executor = executor;
    }

    /** A file is being opened. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** What the opening is doing: "Opening big.json: reading and checking it…", "Opening big.json: running step 45,000 of 100,000…". */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** How far it is, 0 to 1, or negative while that is not known. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** The file a scenario was opened from, or null (built-in, sandbox). */
    public Path fileOf(Scenario s) { return files.get(s); }

    ScenarioRecording recordingOf(Scenario s) { return recordings.get(s); }

    /** Opens {@code file}; the outcome completes on the JavaFX thread (at once with the current-thread executor). */
    public CompletableFuture<Outcome> open(Path file) {
        cancel();
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BackgroundTask<Prepared> task = BackgroundTask.wrap(p -> prepare(file, name, p));
        running = task;
        runningOutcome = outcome;
        busy.set(true);
        progress.set(-1);
        message.set("Opening " + name + "…");
        task.onProgress(r -> {
            if (running != task) return;
            progress.set(r.fraction());
            message.set(r.message());
        }).onSuccess(prepared -> {
            done(task);
            Scenario s = prepared.scenario();
            picker.removeIf(x -> x.source().equals(s.source())); // the same file again replaces the old one
            files.put(s, prepared.file());
            recordings.put(s, prepared.recording());
            picker.add(s);
            selected.set(s);
            problem.set("");
            outcome.complete(Outcome.OPENED);
        }).onFailure(e -> {
            done(task);
            problem.set(describe(file, e));
            outcome.complete(Outcome.FAILED);
        }).onCancelled(() -> {
            done(task);
            outcome.complete(Outcome.CANCELLED);
        }).executeWith(executor);
        return outcome;
    }

    /** Stops the file being opened (if any): the explorer keeps what it shows. */
    public void cancel() {
        if (running == null) return;
        running.cancel();
        running = null;
        busy.set(false);
        CompletableFuture<Outcome> o = runningOutcome;
        runningOutcome = null;
        o.complete(Outcome.CANCELLED);
    }

    private void done(BackgroundTask<Prepared> task) {
        if (running != task) return;
        running = null;
        runningOutcome = null;
        busy.set(false);
    }

    /** Off the JavaFX thread: read, validate, then run every step once. */
    private static Prepared prepare(Path file, String name, BackgroundTask.Progress p) throws ContentException {
        p.update(-1, String.format("Opening %s: reading and checking it…", name));
        Scenario s = ScenarioLoader.load(file);
        if (p.cancelled()) throw new CancellationException();
        ScenarioPlayer player = ScenarioPlayer.prepare(s, new ScenarioPlayer.Progress() {
            @Override
            public void ran(int steps, int of) {
                p.update(of == 0 ? 1 : steps / (double) of, String.format("Opening %s: running step %,d of %,d…", name, steps, of));
            }

            @Override
            public boolean cancelled() {
                return p.cancelled();
            }
        });
        return new Prepared(s, file, player.recording());
    }

    /** The one line a failed opening shows: the loader's own, or what else went wrong, naming the file. */
    static String describe(Path file, Throwable e) {
        if (e instanceof ContentException) return e.getMessage();
        if (e instanceof OutOfMemoryError) {
            return file + ": not enough memory to open it (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB of heap); the limits are in the README";
        }
        return file + ": this scenario cannot run: " + e.getMessage();
    }
}
