package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.engine.state.Freshness;
import dev.cachelab.ui.theme.StateBadges;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import java.util.List;
import dev.cachelab.reference.Evidence;

/**
 * One cached thing on the pipeline: a {@code 'use cache'} entry (or a group of one function's entries) or a
 * prerendered page in the route cache. The control holds what it shows as properties; its state is a pseudo-class
 * ({@code :fresh}, {@code :stale}, {@code :expired}, {@code :aged-out}, plus {@code :regenerating},
 * {@code :compact}, {@code :details}), so a state change only re-picks styles. The look is its skin's:
 * {@link EntryCardSkin} or {@link RouteCardSkin}, styled by {@code PipelineStage.css}.
 */
public final class CacheCard extends Control {

    /** Which cache the card belongs to. */
    public enum Kind { ENTRY, ROUTE }

    private static final PseudoClass REGENERATING = PseudoClass.getPseudoClass("regenerating");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final PseudoClass DETAILS = PseudoClass.getPseudoClass("details");

    private final Kind kind;
    private final String key;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty version = new SimpleStringProperty(this, "version", "");
    private final ObjectProperty<Freshness> freshness = new SimpleObjectProperty<>(this, "freshness", Freshness.FRESH) {
        @Override
        protected void invalidated() {
            StateBadges.setState(CacheCard.this, get());
            describe();
        }
    };
    private final BooleanProperty regenerating = new SimpleBooleanProperty(this, "regenerating", false) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(REGENERATING, get());
        }
    };
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact", false) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(COMPACT, get());
        }
    };
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", false) {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(DETAILS, get());
        }
    };
    private final ObjectProperty<List<String>> tags = new SimpleObjectProperty<>(this, "tags", List.of());
    /** A second line under the title: a group's counts, or which copy of a page this is. */
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    /** What just happened to it in this step ("HIT", "STALE served", "stored v2"); empty between steps. */
    private final StringProperty activity = new SimpleStringProperty(this, "activity", "");
    /** How Cache Lab knows what the card stands for, when that is not a plain fact of Next.js (a second copy). */
    private final ObjectProperty<Evidence> evidence = new SimpleObjectProperty<>(this, "evidence");
    /** Countdowns, the tag that made it stale, where it came from: shown with details on, and on hover. */
    private final StringProperty details = new SimpleStringProperty(this, "details", "");

    public CacheCard(Kind kind, String key) {
        this.kind = kind;
        this.key = key;
        getStyleClass().addAll("cache-card", kind == Kind.ENTRY ? "entry-card" : "route-card");
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp("press Enter or click for why it is in this state");
        setFocusTraversable(true);
        StateBadges.setState(this, Freshness.FRESH);
        title.addListener((o, a, b) -> describe());
        version.addListener((o, a, b) -> describe());
    }

    public Kind kind() { return kind; }
    public String key() { return key; }
    public StringProperty titleProperty() { return title; }
    public StringProperty versionProperty() { return version; }
    public ObjectProperty<Freshness> freshnessProperty() { return freshness; }
    public BooleanProperty regeneratingProperty() { return regenerating; }
    public BooleanProperty compactProperty() { return compact; }
    public BooleanProperty detailsShownProperty() { return detailsShown; }
    public ObjectProperty<List<String>> tagsProperty() { return tags; }
    public StringProperty subtitleProperty() { return subtitle; }
    public StringProperty activityProperty() { return activity; }
    public StringProperty detailsProperty() { return details; }
    public ObjectProperty<Evidence> evidenceProperty() { return evidence; }

    private void describe() {
        Freshness f = freshness.get();
        setAccessibleText((kind == Kind.ROUTE ? "page " : "") + title.get() + ", " + version.get() + ", "
                + (f == null ? "" : f.word()));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return kind == Kind.ROUTE ? new RouteCardSkin(this) : new EntryCardSkin(this);
    }
}
