package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.app.CacheLife;
import dev.cachelab.engine.state.Freshness;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One route-level cache entry (a copy of a prerendered page, R14, R24) as the pipeline shows it. */
public final class RouteCardModel {

    private final String pathname;
    private final String copy;
    private final StringProperty shows = new SimpleStringProperty("");
    private final ObjectProperty<Freshness> freshness = new SimpleObjectProperty<>(Freshness.FRESH);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty origin = new SimpleStringProperty("");
    private final StringProperty activity = new SimpleStringProperty("");
    private final BooleanProperty regenerating = new SimpleBooleanProperty(false);
    private long renderedAtMs;
    private CacheLife life;

    public RouteCardModel(String pathname, String copy) {
        this.pathname = pathname;
        this.copy = copy;
    }

    public String key() { return pathname + (copy.equals("main") ? "" : " (" + copy + " copy)"); }
    public String pathname() { return pathname; }
    public String copy() { return copy; }
    public StringProperty showsProperty() { return shows; }
    public ObjectProperty<Freshness> freshnessProperty() { return freshness; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty originProperty() { return origin; }
    public StringProperty activityProperty() { return activity; }
    public BooleanProperty regeneratingProperty() { return regenerating; }

    void rendered(long atMs, CacheLife life) {
        this.renderedAtMs = atMs;
        this.life = life;
    }

    public String countdown(long nowMs) {
        if (life == null) return "";
        return Countdowns.line(renderedAtMs, life, nowMs, "stale by age", "expires by age");
    }
}
