package dev.cachelab.ui.explorer;

import dev.cachelab.engine.state.RouteCopy;
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
    private final ReadOnlyObjectWrapper<List<String>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private String entryKey;
    private String routePath;
    private RouteCopy routeCopy;

    Why(ExplorerViewModel vm) {
        this.vm = vm;
    }

    public ReadOnlyStringProperty subjectProperty() { return subject.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<String>> linesProperty() { return lines.getReadOnlyProperty(); }

    public void explainEntry(String key) {
        entryKey = key;
        routePath = null;
        refresh();
    }

    public void explainRoute(String pathname, boolean refreshCopy) {
        routePath = pathname;
        routeCopy = refreshCopy ? RouteCopy.REFRESH : RouteCopy.MAIN;
        entryKey = null;
        refresh();
    }

    public void clear() {
        entryKey = null;
        routePath = null;
        refresh();
    }

    void refresh() {
        if (vm.player() == null || (entryKey == null && routePath == null)) {
            subject.set("");
            lines.set(List.of());
        } else if (entryKey != null) {
            subject.set(entryKey);
            lines.set(WhyExplainer.entry(entryKey, vm.player().simulation(), vm.player().results()));
        } else {
            subject.set(routePath + (routeCopy == RouteCopy.REFRESH ? " (refresh copy)" : ""));
            lines.set(WhyExplainer.route(routePath, routeCopy, vm.player().simulation(), vm.player().results()));
        }
    }
}
