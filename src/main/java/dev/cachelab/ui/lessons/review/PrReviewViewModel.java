package dev.cachelab.ui.lessons.review;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Graded;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.PrReview;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import dev.cachelab.ui.lessons.common.ExerciseHost;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.cachelab.ui.lessons.common.PathPage;
import java.util.ArrayList;

/**
 * The PR review: select a line, tick the flaws a comment names, write it, add it; submit grades the review. The
 * draft (ticked flaws and text) are the only writable properties: they are the form's inputs.
 */
public final class PrReviewViewModel implements PathPage {

    /** How a line is marked in the gutter. */
    public enum LineMark { NONE, COMMENTED, FOUND, MISSED, FALSE_FLAG }

    private final Lesson lesson;
    private final PrReview review;
    private final ExerciseHost host;

    private final ReadOnlyIntegerWrapper selectedLine = new ReadOnlyIntegerWrapper(0);
    private static final String NO_LINE = "Click a line of the code to comment on it.";
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper(NO_LINE);
    private final Map<String, BooleanProperty> draftFlaws = new LinkedHashMap<>();
    private final StringProperty draftText = new SimpleStringProperty("");
    private final ObservableList<PrReview.Comment> comments = FXCollections.observableArrayList();
    private final ObservableList<PrReview.Comment> commentsView = FXCollections.unmodifiableObservableList(comments);
    private final ReadOnlyObjectWrapper<Graded> graded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public PrReviewViewModel(Lesson lesson, PrReview review, ExerciseHost host) {
        this.lesson = lesson;
        this.review = review;
        this.host = host;
        for (PrReview.Flaw f : review.flaws()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((o, a, b) -> update());
            draftFlaws.put(f.id(), p);
        }
        update();
    }

    public Lesson lesson() { return lesson; }
    public String prompt() { return review.prompt(); }
    /** How the review is scored, shown before it is submitted. */
    public String scoring() { return PrReview.SCORING; }
    public List<String> code() { return review.code(); }
    public List<PrReview.Flaw> flaws() { return review.flaws(); }
    /** The selected 1-based line, or 0. */
    public ReadOnlyIntegerProperty selectedLineProperty() { return selectedLine.getReadOnlyProperty(); }
    public ReadOnlyStringProperty selectedTextProperty() { return selectedText.getReadOnlyProperty(); }
    /** Input: whether the draft comment names flaw {@code id}. */
    public BooleanProperty draftFlawProperty(String id) { return draftFlaws.get(id); }
    /** Input: the draft comment's text. */
    public StringProperty draftTextProperty() { return draftText; }
    public ObservableList<PrReview.Comment> comments() { return commentsView; }
    public ReadOnlyObjectProperty<Graded> gradedProperty() { return graded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canAddProperty() { return canAdd.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canSubmitProperty() { return canSubmit.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Every text the selected-line label can show (the view keeps room for the longest). */
    public List<String> selectableTexts() {
        List<String> out = new ArrayList<>(List.of(NO_LINE));
        for (int l = 1; l <= review.code().size(); l++) out.add(lineText(l));
        return out;
    }

    private String lineText(int line) {
        return "Line " + line + ":  " + review.code().get(line - 1).strip();
    }

    public BooleanBinding lockedBinding() {
        return Bindings.isNotNull(graded);
    }

    public String flawLabel(String id) {
        return review.flaw(id).label();
    }

    /** How line {@code line} (1-based) should be marked: after grading, missed beats a false flag beats found. */
    public LineMark mark(int line) {
        Graded g = graded.get();
        boolean commented = comments.stream().anyMatch(c -> c.line() == line);
        if (g == null) return commented ? LineMark.COMMENTED : LineMark.NONE;
        boolean missed = false;
        boolean found = false;
        for (PrReview.Finding f : review.findings()) {
            if (f.line() != line) continue;
            Feedback fb = g.feedback().stream().filter(x -> x.id().equals(f.flaw() + "@" + f.line())).findFirst().orElseThrow();
            if (fb.right()) found = true;
            else missed = true;
        }
        if (missed) return LineMark.MISSED;
        boolean falseFlag = g.feedback().stream().anyMatch(x -> x.id().startsWith("false:") && x.id().endsWith("@" + line));
        if (falseFlag) return LineMark.FALSE_FLAG;
        if (found) return LineMark.FOUND;
        return commented ? LineMark.COMMENTED : LineMark.NONE;
    }

    // ---- commands ----

    public void selectLine(int line) {
        if (line < 1 || line > review.code().size()) return;
        selectedLine.set(line);
        selectedText.set(lineText(line));
        update();
    }

    public void addComment() {
        if (!canAdd.get()) return;
        Set<String> tags = new LinkedHashSet<>();
        draftFlaws.forEach((id, p) -> { if (p.get()) tags.add(id); });
        comments.add(new PrReview.Comment(selectedLine.get(), tags, draftText.get().strip()));
        draftFlaws.values().forEach(p -> p.set(false));
        draftText.set("");
        update();
    }

    public void removeComment(int index) {
        if (graded.get() != null || index < 0 || index >= comments.size()) return;
        comments.remove(index);
        update();
    }

    public void submit() {
        if (!canSubmit.get()) return;
        Graded g = review.grade(List.copyOf(comments));
        graded.set(g);
        host.graded(g.score());
        update();
    }

    public void retry() {
        graded.set(null);
        comments.clear();
        draftFlaws.values().forEach(p -> p.set(false));
        draftText.set("");
        update();
    }

    private void update() {
        boolean open = graded.get() == null;
        canAdd.set(open && selectedLine.get() > 0 && draftFlaws.values().stream().anyMatch(BooleanProperty::get));
        canSubmit.set(open && !comments.isEmpty());
        Graded g = graded.get();
        if (g != null) {
            long found = PrReview.found(g);
            long wrong = PrReview.wrongTags(g);
            status.set("Score " + g.score().correct() + " of " + g.score().total() + ": " + found + " of "
                    + review.findings().size() + " flaws found"
                    + (wrong > 0 ? ", minus " + wrong + " for " + (wrong == 1 ? "a tag" : wrong + " tags")
                            + " on " + (wrong == 1 ? "a line" : "lines") + " without that flaw" : "")
                    + (g.score().perfect() ? ". A thorough review." : "."));
        } else if (comments.isEmpty()) {
            status.set("No comments yet");
        } else {
            status.set(comments.size() + " comment" + (comments.size() == 1 ? "" : "s") + " ready. Add more or submit the review.");
        }
    }
}
