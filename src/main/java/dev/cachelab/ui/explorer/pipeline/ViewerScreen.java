package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.ViewerModel;
import dev.cachelab.ui.explorer.model.ViewerOutcome;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What one person sees, as a browser window on the pipeline: the page's address and, large, the outcome — the data
 * version on screen and whether it is the latest ({@code :current}), old ({@code :old}), the error page
 * ({@code :error}) or nothing yet ({@code :none}), by colour, icon and word. It stays until that person's page changes.
 */
public final class ViewerScreen extends Control {

    private final String icon;
    private final ObjectProperty<ViewerModel> viewer = new SimpleObjectProperty<>(this, "viewer");
    private final IntegerProperty databaseVersion = new SimpleIntegerProperty(this, "databaseVersion", 1);
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", false);
    /** The instance this person's page came from, with several instances ("" otherwise). */
    private final StringProperty instance = new SimpleStringProperty(this, "instance", "");
    private final ReadOnlyObjectWrapper<ViewerOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    public ViewerScreen(String id, String icon, ViewerModel initial) {
        this.icon = icon;
        setId(id);
        getStyleClass().add("viewer-screen");
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp("what this person's browser shows; press Enter or click for where it came from");
        setFocusTraversable(true);
        viewer.addListener((o, a, b) -> update());
        databaseVersion.addListener((o, a, b) -> update());
        viewer.set(initial);
    }

    public String icon() { return icon; }
    public ObjectProperty<ViewerModel> viewerProperty() { return viewer; }
    public IntegerProperty databaseVersionProperty() { return databaseVersion; }
    public BooleanProperty detailsShownProperty() { return detailsShown; }
    public StringProperty instanceProperty() { return instance; }
    public ReadOnlyObjectProperty<ViewerOutcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    private void update() {
        ViewerModel v = viewer.get();
        if (v == null) return;
        ViewerOutcome o = ViewerOutcome.of(v, databaseVersion.get());
        outcome.set(o);
        for (ViewerOutcome.State s : ViewerOutcome.State.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(s.pseudoClass()), s == o.state());
        }
        setAccessibleText(v.who() + ", " + (v.url().isEmpty() ? "no page" : v.url()) + ". " + o.sentence() + " "
                + v.text().replace('\n', ';') + ". " + v.note());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ViewerScreenSkin(this);
    }
}
