package dev.cachelab.ui.lessons.walker;

import dev.cachelab.lesson.DecisionTree;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.Note;
import dev.cachelab.lesson.Score;
import dev.cachelab.lesson.TreeWalk;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.cachelab.reference.Evidence;
import dev.cachelab.ui.lessons.common.PathPage;

/**
 * The decision-tree walker: the current question and its answers, or the endpoint reached; the breadcrumb of
 * answers so far; how many endpoints the learner has found. Commands: choose, step back, back to a crumb, restart,
 * open the endpoint's scenario.
 */
public final class DecisionWalkerViewModel implements PathPage {

    /** One answered question on the breadcrumb. */
    public record CrumbRow(String question, String answer) {
    }

    private final Lesson lesson;
    private final DecisionTree tree;
    private final ExerciseHost host;
    private final TreeWalk walk;
    private final Set<String> reached = new LinkedHashSet<>();

    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper("");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableList<String> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ObservableList<CrumbRow> crumbs = FXCollections.observableArrayList();
    private final ObservableList<CrumbRow> crumbsView = FXCollections.unmodifiableObservableList(crumbs);
    private final ReadOnlyBooleanWrapper atEndpoint = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper tool = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Evidence> evidence = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper scenario = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper scenarioAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");

    public DecisionWalkerViewModel(Lesson lesson, DecisionTree tree, ExerciseHost host) {
        this.lesson = lesson;
        this.tree = tree;
        this.host = host;
        this.walk = new TreeWalk(tree);
        refresh();
    }

    public Lesson lesson() { return lesson; }
    public ReadOnlyStringProperty questionProperty() { return question.getReadOnlyProperty(); }
    public ReadOnlyStringProperty helpProperty() { return help.getReadOnlyProperty(); }
    public ObservableList<String> choices() { return choicesView; }
    public ObservableList<CrumbRow> crumbs() { return crumbsView; }
    public ReadOnlyBooleanProperty atEndpointProperty() { return atEndpoint.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStepBackProperty() { return canStepBack.getReadOnlyProperty(); }
    public ReadOnlyStringProperty toolProperty() { return tool.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whyProperty() { return why.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Note> noteProperty() { return note.getReadOnlyProperty(); }
    /** How the endpoint's explanation is known (null on a question). */
    public ReadOnlyObjectProperty<Evidence> evidenceProperty() { return evidence.getReadOnlyProperty(); }
    public ReadOnlyStringProperty scenarioProperty() { return scenario.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty scenarioAvailableProperty() { return scenarioAvailable.getReadOnlyProperty(); }
    /** "2 of 6 endpoints found". */
    public ReadOnlyStringProperty foundProperty() { return found.getReadOnlyProperty(); }

    // ---- commands ----

    public void choose(int index) {
        walk.choose(index);
        if (walk.current() instanceof DecisionTree.Endpoint e && reached.add(e.id())) {
            host.graded(new Score(reached.size(), tree.endpoints().size()));
        }
        refresh();
    }

    public void stepBack() {
        walk.stepBack();
        refresh();
    }

    public void backTo(int crumb) {
        walk.backTo(crumb);
        refresh();
    }

    public void restart() {
        walk.restart();
        refresh();
    }

    public void openScenario() {
        if (scenario.get() != null && scenarioAvailable.get()) host.openScenario(scenario.get());
    }

    private void refresh() {
        List<CrumbRow> rows = walk.trail().stream().map(c -> new CrumbRow(c.question().question(), c.answer())).toList();
        crumbs.setAll(rows);
        canStepBack.set(walk.canStepBack());
        if (walk.current() instanceof DecisionTree.Question q) {
            atEndpoint.set(false);
            question.set(q.question());
            help.set(q.help() == null ? "" : q.help());
            choices.setAll(q.choices().stream().map(DecisionTree.Choice::label).toList());
            tool.set("");
            why.set("");
            note.set(null);
            evidence.set(null);
            scenario.set(null);
            scenarioAvailable.set(false);
        } else {
            DecisionTree.Endpoint e = (DecisionTree.Endpoint) walk.current();
            question.set("");
            help.set("");
            choices.clear();
            tool.set(e.tool());
            why.set(e.why());
            evidence.set(e.evidence());
            note.set(e.note());
            scenario.set(e.scenario());
            scenarioAvailable.set(e.scenario() != null && host.scenarioAvailable(e.scenario()));
            atEndpoint.set(true);
        }
        found.set(reached.size() + " of " + tree.endpoints().size() + " endpoints found");
    }
}
