package dev.cachelab.ui.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cachelab.platform.AppDirs;
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
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            setAside();
            return p;
        }
        JsonNode theme = root.get("theme");
        if (theme != null && theme.isTextual() && Theme.fromKey(theme.asText()) != null) p.themeProperty().set(Theme.fromKey(theme.asText()));
        JsonNode zoom = root.get("zoom");
        if (zoom != null && zoom.isNumber()) p.zoomProperty().set(zoom.asInt());
        JsonNode pz = root.get("presenterZoom");
        if (pz != null && pz.isNumber()) p.presenterZoomProperty().set(pz.asInt());
        JsonNode speed = root.get("speed");
        if (speed != null && speed.isNumber()) p.speedProperty().set(speed.asDouble());
        JsonNode motion = root.get("motion");
        if (motion != null && motion.isNumber()) p.motionProperty().set(motion.asDouble());
        JsonNode last = root.get("lastScenario");
        if (last != null && last.isTextual()) p.lastScenarioProperty().set(last.asText());
        JsonNode recent = root.get("recentFiles");
        if (recent != null && recent.isArray()) {
            List<String> files = new ArrayList<>();
            recent.forEach(n -> { if (n.isTextual()) files.add(n.asText()); });
            p.setRecentFiles(files);
        }
        return p;
    }

    private void setAside() {
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
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "cachelab-preferences/1");
        root.put("theme", p.themeProperty().get().key());
        root.put("zoom", p.zoomProperty().get());
        root.put("presenterZoom", p.presenterZoomProperty().get());
        root.put("speed", p.speedProperty().get());
        root.put("motion", p.motionProperty().get());
        root.put("lastScenario", p.lastScenarioProperty().get());
        ArrayNode recent = root.putArray("recentFiles");
        p.recentFiles().forEach(recent::add);
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
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

    /** Saves {@code p} after every change from now on. */
    public void autosave(UserPreferences p) {
        for (Observable o : p.observables()) o.addListener(x -> save(p));
    }
}
