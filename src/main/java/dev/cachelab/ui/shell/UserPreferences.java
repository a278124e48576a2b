package dev.cachelab.ui.shell;

import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.theme.Theme;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Cache Lab remembers between runs: theme, zoom (everyday and presenter), playback speed, motion scale, the
 * last scenario (a built-in id or a file path) and the recent files. Plain properties; {@link PreferencesStore}
 * reads and writes them, the shell binds to them. Every setter keeps values in range, so a hand-edited file can't
 * put the app in a state it can't show.
 */
public final class UserPreferences {

    public static final int MAX_RECENT = 10;
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4.0;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT) {
        @Override public void set(Theme t) { super.set(t == null ? Theme.LIGHT : t); }
    };
    private final IntegerProperty zoom = new SimpleIntegerProperty(100) {
        @Override public void set(int v) { super.set(ThemeManager.clampZoom(v)); }
    };
    private final IntegerProperty presenterZoom = new SimpleIntegerProperty(150) {
        @Override public void set(int v) { super.set(ThemeManager.clampZoom(v)); }
    };
    private final DoubleProperty speed = new SimpleDoubleProperty(1.0) {
        @Override public void set(double v) { super.set(Double.isNaN(v) ? 1.0 : Math.max(MIN_SPEED, Math.min(MAX_SPEED, v))); }
    };
    private final DoubleProperty motion = new SimpleDoubleProperty(Motion.NORMAL) {
        @Override public void set(double v) { super.set(Motion.clamp(v)); }
    };
    private final StringProperty lastScenario = new SimpleStringProperty("");
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();

    public ObjectProperty<Theme> themeProperty() { return theme; }
    public IntegerProperty zoomProperty() { return zoom; }
    public IntegerProperty presenterZoomProperty() { return presenterZoom; }
    /** Playback speed for the explorer's player, 0.25–4. */
    public DoubleProperty speedProperty() { return speed; }
    /** The motion scale, 0 (none) to 4 (see {@link Motion}). */
    public DoubleProperty motionProperty() { return motion; }
    /** A built-in scenario id, or an absolute path to a file; empty for none. */
    public StringProperty lastScenarioProperty() { return lastScenario; }
    /** Most recent first, at most {@link #MAX_RECENT}, no duplicates. */
    public ObservableList<String> recentFiles() { return recentFiles; }

    /** Puts {@code file} first in the recent list. */
    public void addRecent(Path file) {
        String p = file.toAbsolutePath().normalize().toString();
        List<String> next = new ArrayList<>(recentFiles);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX_RECENT) next.remove(next.size() - 1);
        if (!next.equals(recentFiles)) recentFiles.setAll(next);
    }

    public void removeRecent(String file) {
        recentFiles.remove(file);
    }

    public void setRecentFiles(List<String> files) {
        List<String> next = new ArrayList<>();
        for (String f : files) {
            if (f != null && !f.isBlank() && !next.contains(f) && next.size() < MAX_RECENT) next.add(f);
        }
        recentFiles.setAll(next);
    }

    /** Everything a change listener should watch. */
    public Observable[] observables() {
        return new Observable[]{theme, zoom, presenterZoom, speed, motion, lastScenario, recentFiles};
    }
}
