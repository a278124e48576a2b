package dev.cachelab.ui.lessons.seam;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.FillSeam;
import dev.cachelab.lesson.Graded;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.Note;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.cachelab.lesson.Shuffle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.cachelab.ui.lessons.common.PathPage;

/**
 * Fill in the seam: the code as segments, one chosen option per blank, Check grades every blank and explains each
 * wrong choice; the answers lock until Try again. Each attempt lists every dropdown's options in a new random
 * order (from {@code random}); a choice is a position in that list, and grading compares the option itself.
 */
public final class FillSeamViewModel implements PathPage {

    private final Lesson lesson;
    private final FillSeam seam;
    private final ExerciseHost host;
    private final Random random;
    private final Map<String, ReadOnlyIntegerWrapper> chosen = new LinkedHashMap<>();
    private final Map<String, List<FillSeam.Option>> order = new HashMap<>();
    private final Map<String, ObservableList<String>> optionTexts = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Graded> graded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public FillSeamViewModel(Lesson lesson, FillSeam seam, ExerciseHost host, Random random) {
        this.lesson = lesson;
        this.seam = seam;
        this.host = host;
        this.random = random;
        for (FillSeam.Blank b : seam.blanks()) {
            chosen.put(b.id(), new ReadOnlyIntegerWrapper(-1));
            optionTexts.put(b.id(), FXCollections.observableArrayList());
        }
        shuffle();
        update();
    }

    public Lesson lesson() { return lesson; }
    public String prompt() { return seam.prompt(); }
    public Note note() { return seam.note(); }
    public List<List<FillSeam.Segment>> lines() { return seam.lines(); }
    /** A blank's options, in this attempt's order (the dropdown's items). */
    public ObservableList<String> options(String blankId) {
        return FXCollections.unmodifiableObservableList(optionTexts.get(blankId));
    }
    /** The chosen option of a blank (its position in {@link #options(String)}), or -1. */
    public ReadOnlyIntegerProperty chosenProperty(String blankId) { return chosen.get(blankId).getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Graded> gradedProperty() { return graded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canCheckProperty() { return canCheck.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public Feedback feedbackFor(String blankId) {
        Graded g = graded.get();
        return g == null ? null : g.feedback().stream().filter(f -> f.id().equals(blankId)).findFirst().orElse(null);
    }

    // ---- commands ----

    /** Chooses the option at {@code position} of the blank's {@link #options(String)}. */
    public void choose(String blankId, int position) {
        if (graded.get() != null || position < 0 || position >= order.get(blankId).size()) return;
        chosen.get(blankId).set(position);
        update();
    }

    public void check() {
        if (!canCheck.get()) return;
        Map<String, FillSeam.Option> answers = new HashMap<>();
        chosen.forEach((id, p) -> answers.put(id, order.get(id).get(p.get())));
        Graded g = seam.grade(answers);
        graded.set(g);
        host.graded(g.score());
        update();
    }

    /** A new attempt: every blank empty, every dropdown in a new order. */
    public void retry() {
        graded.set(null);
        chosen.values().forEach(p -> p.set(-1));
        shuffle();
        update();
    }

    private void shuffle() {
        for (FillSeam.Blank b : seam.blanks()) {
            List<FillSeam.Option> o = Shuffle.of(b.options(), random);
            order.put(b.id(), o);
            optionTexts.get(b.id()).setAll(o.stream().map(FillSeam.Option::text).toList());
        }
    }

    private void update() {
        boolean allChosen = chosen.values().stream().allMatch(p -> p.get() >= 0);
        canCheck.set(graded.get() == null && allChosen);
        Graded g = graded.get();
        if (g != null) {
            status.set(g.score().correct() + " of " + g.score().total() + " blanks right"
                    + (g.score().perfect() ? ". The user will read their own write." : "."));
        } else {
            long left = chosen.values().stream().filter(p -> p.get() < 0).count();
            status.set(left == 0 ? "Every blank is filled. Press Check." : left + (left == 1 ? " blank" : " blanks") + " to fill");
        }
    }
}
