package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.cachelab.reference.Evidence;

/**
 * A decision walk: questions in the order that matters, each answer leading to another question or to an endpoint
 * that names the tool, says why, and links to the explorer scenario that shows it. The loader guarantees every
 * {@code next} exists, every node is reachable and there are no cycles, so every walk ends at an endpoint.
 */
public record DecisionTree(String start, Map<String, Node> nodes) implements Exercise {

    public DecisionTree {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    public sealed interface Node permits Question, Endpoint {
        String id();
    }

    public record Question(String id, String question, String help, List<Choice> choices) implements Node {
        public Question {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String label, String next) {
    }

    public record Endpoint(String id, String tool, String why, String scenario, Note note, Evidence evidence)
            implements Node {
    }

    @Override
    public ExerciseKind kind() {
        return ExerciseKind.DECISION_TREE;
    }

    public Node node(String id) {
        Node n = nodes.get(id);
        if (n == null) throw new IllegalArgumentException("no node " + id);
        return n;
    }

    public List<Endpoint> endpoints() {
        return nodes.values().stream().filter(n -> n instanceof Endpoint).map(n -> (Endpoint) n).toList();
    }

    /** Every walk from the start to an endpoint, as the node ids visited. */
    public List<List<String>> allPaths() {
        List<List<String>> out = new ArrayList<>();
        walk(start, new ArrayList<>(), out);
        return out;
    }

    private void walk(String id, List<String> path, List<List<String>> out) {
        if (path.contains(id)) throw new IllegalStateException("cycle through " + id);
        path.add(id);
        Node n = node(id);
        if (n instanceof Question q) {
            for (Choice c : q.choices()) walk(c.next(), path, out);
        } else {
            out.add(List.copyOf(path));
        }
        path.remove(path.size() - 1);
    }

    @Override
    public Set<String> scenarioIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Endpoint e : endpoints()) if (e.scenario() != null) ids.add(e.scenario());
        return ids;
    }
}
