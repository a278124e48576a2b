package dev.cachelab.ui.explorer;

import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.ui.explorer.model.TagWhy;
import dev.cachelab.ui.explorer.model.ViewerWhy;
import dev.cachelab.ui.explorer.model.WhyLine;
import dev.cachelab.ui.explorer.model.WhyExplainer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/** "Why is this stale / fresh?" for the card the learner clicked, kept up to date as steps run. */
public final class Why {

    private final ExplorerViewModel vm;
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<WhyLine>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private String entryKey;
    private String routePath;
    private RouteCopy routeCopy;
    private String tag;
    /** The user's page (TRUE), the other visitor's (FALSE), or neither (null). */
    private Boolean viewer;

    Why(ExplorerViewModel vm) {
        this.vm = vm;
    }

    public ReadOnlyStringProperty subjectProperty() { return subject.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<WhyLine>> linesProperty() { return lines.getReadOnlyProperty(); }

    public void explainEntry(String key) {
        clearSubject();
        entryKey = key;
        refresh();
    }

    public void explainRoute(String pathname, boolean refreshCopy) {
        clearSubject();
        routePath = pathname;
        routeCopy = refreshCopy ? RouteCopy.REFRESH : RouteCopy.MAIN;
        refresh();
    }

    /** What a tag's entry in the tags manifest means, and which entries and pages carry the tag. */
    public void explainTag(String tagName) {
        clearSubject();
        tag = tagName;
        refresh();
    }

    /** Why the user ({@code user}) or the other visitor sees what their page shows. */
    public void explainViewer(boolean user) {
        clearSubject();
        viewer = user;
        refresh();
    }

    public void clear() {
        clearSubject();
        refresh();
    }

    private void clearSubject() {
        entryKey = null;
        routePath = null;
        viewer = null;
        tag = null;
    }

    void refresh() {
        if (vm.player() == null || (entryKey == null && routePath == null && viewer == null && tag == null)) {
            subject.set("");
            lines.set(List.of());
        } else if (viewer != null) {
            subject.set(ViewerWhy.subject(viewer));
            lines.set(ViewerWhy.explain(viewer, vm.player().simulation(), vm.player().results()));
        } else if (tag != null) {
            subject.set("Tag " + tag);
            lines.set(TagWhy.tag(tag, vm.player().simulation(), vm.player().results()));
        } else if (entryKey != null) {
            subject.set(entryKey);
            lines.set(WhyExplainer.entry(entryKey, vm.player().simulation(), vm.player().results()));
        } else {
            subject.set(routePath + (routeCopy == RouteCopy.REFRESH ? " (refresh copy)" : ""));
            lines.set(WhyExplainer.route(routePath, routeCopy, vm.player().simulation(), vm.player().results()));
        }
    }
}
