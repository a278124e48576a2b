package dev.cachelab.ui.shell;

import dev.cachelab.ui.common.AppLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one file for changes by polling its size and modification time on a background daemon thread (polling,
 * not a WatchService: it survives editors that save by writing a new file and renaming it, and behaves the same on
 * every OS). A change is reported once the file has stayed the same for one more poll, so a save in progress is not
 * read half-written. {@code onChange} runs on the watcher thread; the caller hands it to the FX thread.
 */
public final class FileWatcher implements AutoCloseable {

    private record Stamp(long size, long modified) { }

    private final ScheduledExecutorService executor;
    private final long intervalMs;
    private final Consumer<Path> onChange;
    private ScheduledFuture<?> task;
    private volatile Path watched;
    private Stamp reported;
    private Stamp pending;

    public FileWatcher(long intervalMs, Consumer<Path> onChange) {
        this.intervalMs = intervalMs;
        this.onChange = Objects.requireNonNull(onChange);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cachelab-file-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts watching {@code file} (replacing any earlier file); its current state is the baseline. */
    public synchronized void watch(Path file) {
        stop();
        watched = file;
        reported = stamp(file);
        pending = null;
        task = executor.scheduleWithFixedDelay(this::poll, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
    }

    /** The file being watched, or null. */
    public Path watched() {
        return watched;
    }

    public synchronized void stop() {
        if (task != null) task.cancel(false);
        task = null;
        watched = null;
    }

    private synchronized void poll() {
        Path file = watched;
        if (file == null) return;
        Stamp now = stamp(file);
        if (now == null || now.equals(reported)) {
            pending = null;
            return;
        }
        if (!now.equals(pending)) {
            pending = now;            // changed since the last poll: wait until it settles
            return;
        }
        reported = now;
        pending = null;
        try {
            onChange.accept(file);
        } catch (RuntimeException e) {
            AppLog.LOG.warning("file change handler failed: " + e);
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;              // missing for now (being replaced): wait for it to come back
        }
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }
}
