package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.state.Freshness;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * One {@code 'use cache'} entry as the pipeline shows it — or a group of entries of one function when there are many
 * ({@link #count} above 1). Properties change as the step's events play, then snap to the engine's state.
 */
public final class EntryCardModel {

    private final String key;
    private final String function;
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final ObjectProperty<List<String>> tags = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Freshness> freshness = new SimpleObjectProperty<>(Freshness.FRESH);
    private final StringProperty reason = new SimpleStringProperty("");
    /** What just happened to it: "HIT", "STALE served", "MISS — …"; cleared when the step ends. */
    private final StringProperty activity = new SimpleStringProperty("");
    private final BooleanProperty regenerating = new SimpleBooleanProperty(false);
    private final IntegerProperty count = new SimpleIntegerProperty(1);
    private final StringProperty groupSummary = new SimpleStringProperty("");
    private long filledAtMs;
    private CacheLife life;

    public EntryCardModel(String key, String function) {
        this.key = key;
        this.function = function;
    }

    public String key() { return key; }
    public String function() { return function; }
    public boolean isGroup() { return count.get() > 1; }
    public IntegerProperty versionProperty() { return version; }
    public ObjectProperty<List<String>> tagsProperty() { return tags; }
    public ObjectProperty<Freshness> freshnessProperty() { return freshness; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty activityProperty() { return activity; }
    public BooleanProperty regeneratingProperty() { return regenerating; }
    public IntegerProperty countProperty() { return count; }
    public StringProperty groupSummaryProperty() { return groupSummary; }
    public long filledAtMs() { return filledAtMs; }
    public CacheLife life() { return life; }

    void fill(int version, List<String> tags, CacheLife life, long filledAtMs) {
        this.version.set(version);
        this.tags.set(List.copyOf(tags));
        this.life = life;
        this.filledAtMs = filledAtMs;
    }

    /** "revalidate in 29 d 23 h · expire in 364 d" at {@code nowMs}, or what has passed. */
    public String countdown(long nowMs) {
        if (life == null) return "";
        return Countdowns.line(filledAtMs, life, nowMs, "revalidate", "expire");
    }
}
