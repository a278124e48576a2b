package dev.cachelab.ui.reference;

import dev.cachelab.reference.Reference;
import dev.cachelab.reference.ReferenceEntry;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Reference panel's state: which entry is open (a rule, a spec section or a finding), whether the panel shows,
 * and the cases that show the entry, each playable in the explorer when this build bundles it.
 */
public final class ReferenceViewModel {

    /** A case listed by the open entry; {@code available} when this build bundles it. */
    public record CaseRow(String name, boolean available) { }

    private final Reference reference;
    private final Predicate<String> bundled;
    private final Consumer<String> play;
    private final ReadOnlyObjectWrapper<ReferenceEntry> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);

    public ReferenceViewModel(Reference reference, Predicate<String> bundled, Consumer<String> play) {
        this.reference = reference;
        this.bundled = bundled;
        this.play = play;
    }

    public ReadOnlyObjectProperty<ReferenceEntry> currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public Reference reference() { return reference; }

    /** Opens the panel at {@code token} (R16, R21(b), §4.5, F3); false when the reference has no such entry. */
    public boolean open(String token) {
        ReferenceEntry e = reference.find(token).orElse(null);
        if (e == null) return false;
        current.set(e);
        shown.set(true);
        return true;
    }

    public void close() {
        shown.set(false);
    }

    /** The cases of the open entry, in its order. */
    public List<CaseRow> cases() {
        ReferenceEntry e = current.get();
        if (e == null) return List.of();
        return e.cases().stream().map(c -> new CaseRow(c, bundled.test(c))).toList();
    }

    /** Plays {@code caseName} in the explorer (and closes the panel, so the explorer shows); false when not bundled. */
    public boolean play(String caseName) {
        if (!bundled.test(caseName)) return false;
        shown.set(false);
        play.accept(caseName);
        return true;
    }
}
