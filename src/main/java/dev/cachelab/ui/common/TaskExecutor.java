package dev.cachelab.ui.common;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where a {@link BackgroundTask} runs (JabRef's {@code TaskExecutor}): its work on a background thread, its results
 * on the JavaFX thread. {@link #CURRENT_THREAD} runs both at once on the caller's thread, so view models and their
 * tests stay synchronous and deterministic; the window uses {@link #background()}.
 */
public interface TaskExecutor {

    /** Runs {@code work} off the JavaFX thread. */
    void runInBackground(Runnable work);

    /** Runs {@code update} on the JavaFX thread. */
    void runOnFx(Runnable update);

    /** Everything at once, on the calling thread (tests, headless commands). */
    TaskExecutor CURRENT_THREAD = new TaskExecutor() {
        @Override public void runInBackground(Runnable work) { work.run(); }
        @Override public void runOnFx(Runnable update) { update.run(); }
    };

    /**
     * One daemon thread, so tasks run one after another in the order given (a second file opened while the first
     * still loads waits for the first to notice it was cancelled), and {@link Platform#runLater} back.
     */
    static TaskExecutor background() {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cachelab-background");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // the JavaFX thread's frames come first on 2 cores
            return t;
        });
        return new TaskExecutor() {
            @Override public void runInBackground(Runnable work) { worker.execute(work); }
            @Override public void runOnFx(Runnable update) { Platform.runLater(update); }
        };
    }
}
