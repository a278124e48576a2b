package dev.cachelab.ui.shell;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.LocatedJsonParser;
import dev.cachelab.platform.AppDirs;
import dev.cachelab.ui.common.AppLog;
import dev.cachelab.ui.theme.Theme;
import javafx.beans.Observable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Reads and writes {@link UserPreferences} as {@code preferences.json} in {@link AppDirs#configDir()}. Writes are
 * atomic (a temp file in the same directory, then a rename), so a crash mid-write never leaves half a file.
 * Reading never fails: a missing file gives the defaults, a field with a wrong value keeps its default, and a file
 * that isn't JSON at all is moved aside to {@code preferences.json.corrupt} (so nothing the user had is lost) and
 * the defaults are used.
 */
public final class PreferencesStore {

    public static final String FILE_NAME = "preferences.json";

    private final Path file;
    private boolean readOnly;

    public PreferencesStore(Path dir) {
        this.file = dir.resolve(FILE_NAME);
    }

    /** The store in the per-user config directory. */
    public static PreferencesStore standard() {
        return new PreferencesStore(AppDirs.configDir());
    }

    public Path file() {
        return file;
    }

    /** A read-only store never writes (the start-up probe must not touch the user's settings). */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public UserPreferences load() {
        UserPreferences p = new UserPreferences();
        if (!Files.exists(file)) return p;
        JNode root;
        try {
            root = LocatedJsonParser.parse(file);
        } catch (ContentException | RuntimeException e) {
            root = null;
        }
        if (!(root instanceof JNode.JObject o)) {
            setAside();
            return p;
        }
        Map<String, JNode> f = o.fields();
        if (f.get("theme") instanceof JNode.JString t && Theme.fromKey(t.value()) != null) p.themeProperty().set(Theme.fromKey(t.value()));
        if (f.get("zoom") instanceof JNode.JNumber n) p.zoomProperty().set(clampInt(n));
        if (f.get("presenterZoom") instanceof JNode.JNumber n) p.presenterZoomProperty().set(clampInt(n));
        if (f.get("speed") instanceof JNode.JNumber n) p.speedProperty().set(n.value().doubleValue());
        if (f.get("motion") instanceof JNode.JNumber n) p.motionProperty().set(n.value().doubleValue());
        if (f.get("lastScenario") instanceof JNode.JString t) p.lastScenarioProperty().set(t.value());
        if (f.get("recentFiles") instanceof JNode.JArray a) {
            List<String> files = new ArrayList<>();
            for (JNode n : a.items()) if (n instanceof JNode.JString t) files.add(t.value());
            p.setRecentFiles(files);
        }
        return p;
    }

    private static int clampInt(JNode.JNumber n) {
        double d = n.value().doubleValue();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.round(d)));
    }

    private void setAside() {
        if (readOnly) {
            AppLog.LOG.warning("preferences file " + file + " is not valid JSON; using defaults and leaving it as it is");
            return;
        }
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt");
        AppLog.LOG.warning("preferences file " + file + " is not valid JSON; moved to " + aside + ", using defaults");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            AppLog.LOG.log(Level.WARNING, "could not move the unreadable preferences aside", e);
        }
    }

    /** Writes {@code p} atomically. Returns false (and logs) when it could not. */
    public boolean save(UserPreferences p) {
        if (readOnly) return true;
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"format\" : \"cachelab-preferences/1\",\n");
        json.append("  \"theme\" : ").append(quote(p.themeProperty().get().key())).append(",\n");
        json.append("  \"zoom\" : ").append(p.zoomProperty().get()).append(",\n");
        json.append("  \"presenterZoom\" : ").append(p.presenterZoomProperty().get()).append(",\n");
        json.append("  \"speed\" : ").append(p.speedProperty().get()).append(",\n");
        json.append("  \"motion\" : ").append(p.motionProperty().get()).append(",\n");
        json.append("  \"lastScenario\" : ").append(quote(p.lastScenarioProperty().get())).append(",\n");
        json.append("  \"recentFiles\" : [");
        for (int i = 0; i < p.recentFiles().size(); i++) {
            json.append(i == 0 ? "\n    " : ",\n    ").append(quote(p.recentFiles().get(i)));
        }
        json.append(p.recentFiles().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            AppLog.LOG.log(Level.WARNING, "could not save preferences to " + file, e);
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
            return false;
        }
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** Saves {@code p} after every change from now on. */
    public void autosave(UserPreferences p) {
        for (Observable o : p.observables()) o.addListener(x -> save(p));
    }
}
