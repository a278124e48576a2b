package dev.cachelab.platform;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Cache Lab keeps per-user files, in each platform's usual place: {@code $XDG_CONFIG_HOME/cachelab} (or
 * {@code ~/.config/cachelab}) on Linux, {@code %APPDATA%\CacheLab} on Windows, {@code ~/Library/Application
 * Support/CacheLab} on macOS. The {@code cachelab.home} system property overrides it (tests use a temp dir).
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path configDir() {
        String override = System.getProperty("cachelab.home");
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("CacheLab");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "CacheLab");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("cachelab");
    }
}
