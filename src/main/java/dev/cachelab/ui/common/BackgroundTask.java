package dev.cachelab.ui.common;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Work that must not block the JavaFX thread, with its progress, a way to cancel it and what to do with its outcome
 * (JabRef's {@code BackgroundTask}, without {@code javafx.concurrent.Task}, which needs the toolkit even in tests).
 * The work runs where the {@link TaskExecutor} puts it; progress, success, failure and cancellation are reported on
 * the JavaFX thread, exactly one of the last three. Progress reports are coalesced: the JavaFX thread sees the latest
 * one, at most one per pulse, however often the work reports.
 */
public final class BackgroundTask<T> {

    /** The work itself: it reports progress and checks {@link Progress#cancelled()} between its pieces. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What the work sees of its task. */
    public interface Progress {
        /** How far it is: a fraction from 0 to 1 (negative: unknown), and what it is doing. */
        void update(double fraction, String message);

        boolean cancelled();
    }

    /** A progress report, as the JavaFX thread receives it. */
    public record Report(double fraction, String message) { }

    private final Work<T> work;
    private Consumer<Report> onProgress = r -> { };
    private Consumer<T> onSuccess = t -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Report> pending = new AtomicReference<>();

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onProgress(Consumer<Report> c) { onProgress = c; return this; }
    public BackgroundTask<T> onSuccess(Consumer<T> c) { onSuccess = c; return this; }
    public BackgroundTask<T> onFailure(Consumer<Throwable> c) { onFailure = c; return this; }
    public BackgroundTask<T> onCancelled(Runnable r) { onCancelled = r; return this; }

    /** Asks the work to stop; it ends with {@code onCancelled} (unless it had already finished). */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Starts the work on {@code executor}; returns this task, to cancel it. */
    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (pending.getAndSet(new Report(fraction, message)) == null) {
                    executor.runOnFx(() -> {
                        Report r = pending.getAndSet(null);
                        if (r != null && !cancelled.get()) onProgress.accept(r);
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        executor.runInBackground(() -> {
            T result;
            try {
                if (cancelled.get()) throw new CancellationException();
                result = work.call(progress);
            } catch (CancellationException e) {
                executor.runOnFx(onCancelled);
                return;
            } catch (Exception | Error e) { // an Error too (out of memory): the caller must hear of the end
                executor.runOnFx(() -> {
                    if (cancelled.get()) onCancelled.run();
                    else onFailure.accept(e);
                });
                return;
            }
            // cancelled after the work finished but before the JavaFX thread took the result: nothing changes
            executor.runOnFx(() -> {
                if (cancelled.get()) onCancelled.run();
                else onSuccess.accept(result);
            });
        });
        return this;
    }
}
