package dev.cachelab.ui.common;

import dev.cachelab.platform.AppDirs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The application log: {@code cachelab.log.0} (and the older {@code .1}) in the per-user log directory ({@link AppDirs#logDir()}), or no file
 * at all for a session that must leave nothing behind ({@code --fresh}, {@code --startup-probe}, a window embedded
 * in a test); the console gets every line either way.
 */
public final class AppLog {

    public static final Logger LOG = Logger.getLogger("dev.cachelab");
    public static final String FILE_NAME = "cachelab.log";
    private static FileHandler handler;
    private static Path file;

    private AppLog() {
    }

    /**
     * Starts logging for a session; with {@code toFile} false nothing is written to disk. A later call (another
     * window started in the same JVM, as tests do) replaces what the earlier one set up.
     */
    public static synchronized void init(boolean toFile) {
        if (handler != null) {
            LOG.removeHandler(handler);
            handler.close();
            handler = null;
            file = null;
        }
        if (!toFile) return;
        try {
            Path dir = AppDirs.logDir();
            Files.createDirectories(dir);
            // two files of up to 1 MB: the handler writes cachelab.log.0 and moves it to .1 when it is full
            FileHandler h = new FileHandler(dir.resolve(FILE_NAME).toString(), 1_000_000, 2, true);
            Path f = dir.resolve(FILE_NAME + ".0");
            h.setFormatter(new SimpleFormatter());
            LOG.addHandler(h);
            handler = h;
            file = f;
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "cannot write the log file; logging to the console only", e);
        }
    }

    /** The log file this session writes, or empty when it writes none. */
    public static synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** "Details were written to …", or where they went instead. */
    public static String whereDetailsAre() {
        return file().map(f -> "Details were written to " + f)
                .orElse("Details were printed to the console (this session writes no log file).");
    }
}
