package dev.cachelab.ui.shell;

import dev.cachelab.platform.AppDirs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The application log, {@code cachelab.log} in the per-user config directory (see {@link AppDirs}). */
public final class AppLog {

    public static final Logger LOG = Logger.getLogger("dev.cachelab");
    private static boolean initialised;

    private AppLog() {
    }

    public static synchronized void init() {
        if (initialised) return;
        initialised = true;
        try {
            Path dir = AppDirs.configDir();
            Files.createDirectories(dir);
            FileHandler handler = new FileHandler(dir.resolve("cachelab.log").toString(), 1_000_000, 2, true);
            handler.setFormatter(new SimpleFormatter());
            LOG.addHandler(handler);
        } catch (IOException | SecurityException e) {
            LOG.log(Level.WARNING, "cannot write the log file; logging to the console only", e);
        }
    }

    public static Path file() {
        return AppDirs.configDir().resolve("cachelab.log");
    }
}
