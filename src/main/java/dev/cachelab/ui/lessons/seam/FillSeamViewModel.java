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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fill in the seam: the code as segments, one chosen option per blank, Check grades every blank and explains each
 * wrong choice; the answers lock until Try again.
 */
public final class FillSeamViewModel {

    private final Lesson lesson;
    private final FillSeam seam;
    private final ExerciseHost host;
    private final Map<String, ReadOnlyIntegerWrapper> chosen = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Graded> graded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public FillSeamViewModel(Lesson lesson, FillSeam seam, ExerciseHost host) {
        this.lesson = lesson;
        this.seam = seam;
        this.host = host;
        for (FillSeam.Blank b : seam.blanks()) chosen.put(b.id(), new ReadOnlyIntegerWrapper(-1));
        update();
    }

    public Lesson lesson() { return lesson; }
    public String prompt() { return seam.prompt(); }
    public Note note() { return seam.note(); }
    public List<List<FillSeam.Segment>> lines() { return seam.lines(); }
    /** The chosen option of a blank, or -1. */
    public ReadOnlyIntegerProperty chosenProperty(String blankId) { return chosen.get(blankId).getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Graded> gradedProperty() { return graded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canCheckProperty() { return canCheck.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public Feedback feedbackFor(String blankId) {
        Graded g = graded.get();
        return g == null ? null : g.feedback().stream().filter(f -> f.id().equals(blankId)).findFirst().orElse(null);
    }

    // ---- commands ----

    public void choose(String blankId, int option) {
        if (graded.get() != null) return;
        chosen.get(blankId).set(option);
        update();
    }

    public void check() {
        if (!canCheck.get()) return;
        Map<String, Integer> answers = new HashMap<>();
        chosen.forEach((id, p) -> answers.put(id, p.get()));
        Graded g = seam.grade(answers);
        graded.set(g);
        host.graded(g.score());
        update();
    }

    public void retry() {
        graded.set(null);
        chosen.values().forEach(p -> p.set(-1));
        update();
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
            status.set(left == 0 ? "Every blank is filled. Press Check." : left + " blanks to fill");
        }
    }
}
