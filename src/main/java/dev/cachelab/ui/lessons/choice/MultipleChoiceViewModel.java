package dev.cachelab.ui.lessons.choice;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.MultipleChoice;
import dev.cachelab.lesson.Note;
import dev.cachelab.lesson.Score;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.cachelab.lesson.Shuffle;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.cachelab.ui.lessons.common.PathPage;

/**
 * Multiple choice, one question at a time: choose an option, Check (the first answer counts and the question
 * locks), read why, go on. When every question is checked the score is recorded. Retry starts over. Each attempt
 * shows every question's options in a new random order (from {@code random}); positions here are positions on
 * screen, and grading compares the option chosen with the right one.
 */
public final class MultipleChoiceViewModel implements PathPage {

    private final Lesson lesson;
    private final MultipleChoice mc;
    private final ExerciseHost host;
    private final Random random;
    private final Map<String, List<MultipleChoice.Option>> order = new HashMap<>();
    private final Map<String, MultipleChoice.Option> chosen = new HashMap<>();
    private final Map<String, Feedback> checked = new LinkedHashMap<>();

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ObservableList<String> options = FXCollections.observableArrayList();
    private final ObservableList<String> optionsView = FXCollections.unmodifiableObservableList(options);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper answer = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scenario = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper scenarioAvailable = new ReadOnlyBooleanWrapper();

    public MultipleChoiceViewModel(Lesson lesson, MultipleChoice mc, ExerciseHost host, Random random) {
        this.lesson = lesson;
        this.mc = mc;
        this.host = host;
        this.random = random;
        shuffle();
        show(restore());
    }

    /**
     * Takes back the answers of an unfinished attempt saved with the progress (an option that no longer exists is
     * dropped); returns the question to show: the first one not answered yet.
     */
    private int restore() {
        Map<String, String> saved = host.savedAnswers();
        int first = -1;
        for (int i = 0; i < mc.questions().size(); i++) {
            MultipleChoice.Question q = mc.questions().get(i);
            MultipleChoice.Option o = q.options().stream().filter(x -> x.text().equals(saved.get(q.id()))).findFirst().orElse(null);
            if (o != null) {
                chosen.put(q.id(), o);
                checked.put(q.id(), MultipleChoice.grade(q, o));
            } else if (first < 0) {
                first = i;
            }
        }
        return first < 0 ? 0 : first;
    }

    /** The answers checked so far, by question id, as option texts. */
    private Map<String, String> answered() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : checked.keySet()) out.put(id, chosen.get(id).text());
        return out;
    }

    public Lesson lesson() { return lesson; }
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    /** "Question 2 of 5". */
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyStringProperty promptProperty() { return prompt.getReadOnlyProperty(); }
    /** The current question's options, in this attempt's order. */
    public ObservableList<String> options() { return optionsView; }
    /** The chosen option of the current question (its position in {@link #options()}), or -1. */
    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    /** The position of the current question's right option once it is checked, else -1. */
    public ReadOnlyIntegerProperty answerProperty() { return answer.getReadOnlyProperty(); }
    /** The verdict on the current question once checked, else null. */
    public ReadOnlyObjectProperty<Feedback> feedbackProperty() { return feedback.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canCheckProperty() { return canCheck.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canNextProperty() { return canNext.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canPreviousProperty() { return canPrevious.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty scenarioProperty() { return scenario.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty scenarioAvailableProperty() { return scenarioAvailable.getReadOnlyProperty(); }

    public Note note() {
        return current().note();
    }

    public int questionCount() {
        return mc.questions().size();
    }

    // ---- commands ----

    /** Chooses the option at {@code position} in {@link #options()}. */
    public void select(int position) {
        if (feedback.get() != null || position < 0 || position >= options.size()) return;
        chosen.put(current().id(), shown().get(position));
        selected.set(position);
        update();
    }

    public void check() {
        if (!canCheck.get()) return;
        MultipleChoice.Question q = current();
        Feedback f = MultipleChoice.grade(q, chosen.get(q.id()));
        checked.put(q.id(), f);
        show(index.get());
        if (checked.size() == mc.questions().size()) {
            int right = (int) checked.values().stream().filter(Feedback::right).count();
            host.graded(new Score(right, checked.size()));
        } else {
            host.saveAnswers(answered());
        }
    }

    public void next() {
        if (canNext.get()) show(index.get() + 1);
    }

    public void previous() {
        if (canPrevious.get()) show(index.get() - 1);
    }

    /** Starts a new attempt: nothing answered, every question's options in a new order. */
    public void retry() {
        chosen.clear();
        checked.clear();
        host.saveAnswers(Map.of());
        shuffle();
        show(0);
    }

    public void openScenario() {
        if (scenario.get() != null && scenarioAvailable.get()) host.openScenario(scenario.get());
    }

    private MultipleChoice.Question current() {
        return mc.questions().get(index.get());
    }

    private List<MultipleChoice.Option> shown() {
        return order.get(current().id());
    }

    private void shuffle() {
        order.clear();
        for (MultipleChoice.Question q : mc.questions()) order.put(q.id(), Shuffle.of(q.options(), random));
    }

    private void show(int i) {
        index.set(i);
        MultipleChoice.Question q = current();
        position.set("Question " + (i + 1) + " of " + mc.questions().size());
        prompt.set(q.prompt());
        options.setAll(shown().stream().map(MultipleChoice.Option::text).toList());
        MultipleChoice.Option c = chosen.get(q.id());
        selected.set(c == null ? -1 : shown().indexOf(c));
        Feedback f = checked.get(q.id());
        answer.set(f == null ? -1 : shown().indexOf(q.right()));
        scenario.set(q.scenario());
        scenarioAvailable.set(q.scenario() != null && host.scenarioAvailable(q.scenario()));
        feedback.set(f);
        update();
    }

    private void update() {
        int i = index.get();
        boolean isChecked = checked.containsKey(current().id());
        canCheck.set(!isChecked && selected.get() >= 0);
        canNext.set(i + 1 < mc.questions().size() && isChecked);
        canPrevious.set(i > 0);
        boolean done = checked.size() == mc.questions().size();
        finished.set(done);
        int right = (int) checked.values().stream().filter(Feedback::right).count();
        summary.set(done ? right + " of " + mc.questions().size() + " right on the first try."
                + (right == mc.questions().size() ? " Well reasoned." : " Start again to retry the others.")
                : checked.size() + " of " + mc.questions().size() + " answered");
    }
}
