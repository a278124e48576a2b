package dev.cachelab.platform;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Cache Lab keeps per-user files, in each platform's usual place.
 * <ul>
 *   <li>Settings and learning progress ({@link #configDir()}): {@code $XDG_CONFIG_HOME/cachelab} (or
 *   {@code ~/.config/cachelab}) on Linux, {@code %APPDATA%\CacheLab} on Windows, {@code ~/Library/Application
 *   Support/CacheLab} on macOS.</li>
 *   <li>The log ({@link #logDir()}): {@code $XDG_STATE_HOME/cachelab} (or {@code ~/.local/state/cachelab}) on
 *   Linux, {@code %LOCALAPPDATA%\CacheLab\Logs} on Windows, {@code ~/Library/Logs/CacheLab} on macOS — not among
 *   the settings, which a user may copy or keep under version control.</li>
 * </ul>
 * The {@code cachelab.home} system property overrides both (tests use a temp dir): settings in it, the log in its
 * {@code logs} folder.
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path configDir() {
        Path override = override();
        if (override != null) return override;
        String home = System.getProperty("user.home");
        if (windows()) return roaming(home).resolve("CacheLab");
        if (mac()) return Path.of(home, "Library", "Application Support", "CacheLab");
        return xdg("XDG_CONFIG_HOME", Path.of(home, ".config")).resolve("cachelab");
    }

    public static Path logDir() {
        Path override = override();
        if (override != null) return override.resolve("logs");
        String home = System.getProperty("user.home");
        if (windows()) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local"))
                    .resolve("CacheLab").resolve("Logs");
        }
        if (mac()) return Path.of(home, "Library", "Logs", "CacheLab");
        return xdg("XDG_STATE_HOME", Path.of(home, ".local", "state")).resolve("cachelab");
    }

    private static Path override() {
        String override = System.getProperty("cachelab.home");
        return override != null && !override.isBlank() ? Path.of(override) : null;
    }

    private static Path roaming(String home) {
        String appData = System.getenv("APPDATA");
        return appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
    }

    private static Path xdg(String variable, Path fallback) {
        String v = System.getenv(variable);
        // the XDG spec: a relative value is invalid and must be ignored
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }

    private static boolean windows() {
        return os().contains("win");
    }

    private static boolean mac() {
        return os().contains("mac");
    }

    private static String os() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    }
}
