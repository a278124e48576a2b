package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A learner's walk through a {@link DecisionTree}: where they are, and the breadcrumb of questions answered so
 * far. They can step back one question, jump back to any earlier question, or restart, and choose differently.
 */
public final class TreeWalk {

    /** One answered question on the breadcrumb. */
    public record Crumb(DecisionTree.Question question, int choice) {
        public String answer() {
            return question.choices().get(choice).label();
        }
    }

    private final DecisionTree tree;
    private final List<Crumb> trail = new ArrayList<>();
    private DecisionTree.Node current;

    public TreeWalk(DecisionTree tree) {
        this.tree = tree;
        this.current = tree.node(tree.start());
    }

    public DecisionTree.Node current() {
        return current;
    }

    public List<Crumb> trail() {
        return List.copyOf(trail);
    }

    public boolean atEndpoint() {
        return current instanceof DecisionTree.Endpoint;
    }

    public boolean canStepBack() {
        return !trail.isEmpty();
    }

    /** Answers the current question with choice {@code index} (0-based). */
    public void choose(int index) {
        if (!(current instanceof DecisionTree.Question q)) {
            throw new IllegalStateException("the walk is at an endpoint; step back or restart");
        }
        if (index < 0 || index >= q.choices().size()) throw new IndexOutOfBoundsException("choice " + index);
        trail.add(new Crumb(q, index));
        current = tree.node(q.choices().get(index).next());
    }

    /** Undoes the last answer: the learner is back at that question. */
    public void stepBack() {
        if (trail.isEmpty()) return;
        current = trail.remove(trail.size() - 1).question();
    }

    /** Goes back to the question of breadcrumb {@code index}, forgetting that answer and everything after it. */
    public void backTo(int index) {
        if (index < 0 || index >= trail.size()) throw new IndexOutOfBoundsException("crumb " + index);
        current = trail.get(index).question();
        trail.subList(index, trail.size()).clear();
    }

    public void restart() {
        trail.clear();
        current = tree.node(tree.start());
    }
}
