package dev.cachelab.lesson;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code decision-tree} lesson for {@link LessonLoader}: questions and endpoints by id, every {@code next}
 * known, every node reachable from the start, and no walk that loops.
 */
final class DecisionTreeLoader {

    private DecisionTreeLoader() {
    }

    static DecisionTree load(JNode.JObject root, List<String> common) throws ContentException {
        LessonLoader.only(root, "a decision-tree lesson", common, "start", "nodes");
        JNode startNode = JRead.required(root, "start", "the id of the first question");
        String start = JRead.string(startNode, "the id of the first question");
        JNode.JObject nodesObj = JRead.object(JRead.required(root, "nodes", "the questions and endpoints, by id"), "the nodes");
        Map<String, DecisionTree.Node> nodes = new LinkedHashMap<>();
        Map<String, JNode> nextRefs = new LinkedHashMap<>();
        for (var e : nodesObj.fields().entrySet()) {
            JNode.JObject n = JRead.object(e.getValue(), "a question or an endpoint");
            String nid = e.getKey();
            boolean question = n.fields().containsKey("question");
            boolean endpoint = n.fields().containsKey("tool");
            if (question == endpoint) {
                throw n.where().error("a node needs either \"question\" (with \"choices\") or \"tool\" (an endpoint), not "
                        + (question ? "both" : "neither"));
            }
            if (question) {
                JRead.onlyKeys(n, "a question", "question", "help", "choices");
                List<DecisionTree.Choice> choices = new ArrayList<>();
                JNode.JArray arr = LessonLoader.nonEmpty(JRead.required(n, "choices", "the answers, each with a \"next\" node"), "choices", 2);
                for (JNode c : arr.items()) {
                    JNode.JObject co = JRead.object(c, "an answer");
                    JRead.onlyKeys(co, "an answer", "label", "next");
                    JNode next = JRead.required(co, "next", "the id of the node this answer leads to");
                    String nextId = JRead.string(next, "a node id");
                    nextRefs.put(nid + "\u0000" + choices.size(), next);
                    choices.add(new DecisionTree.Choice(LessonLoader.text(co, "label", "the answer's text"), nextId));
                }
                nodes.put(nid, new DecisionTree.Question(nid, LessonLoader.text(n, "question", "the question"),
                        LessonLoader.optionalText(n, "help", "a hint"), choices));
            } else {
                JRead.onlyKeys(n, "an endpoint", "tool", "why", "scenario", "note", "evidence");
                nodes.put(nid, new DecisionTree.Endpoint(nid, LessonLoader.text(n, "tool", "the tool this endpoint names"),
                        LessonLoader.text(n, "why", "why this tool"), LessonLoader.optionalScenario(n), LessonLoader.note(n),
                        LessonLoader.evidence(n, "an endpoint's explanation")));
            }
        }
        for (JNode ref : nextRefs.values()) {
            String target = ((JNode.JString) ref).value();
            if (!nodes.containsKey(target)) {
                throw ref.where().error("unknown node \"" + target + "\"; expected one of " + JRead.list(nodes.keySet()));
            }
        }
        if (!nodes.containsKey(start)) {
            throw startNode.where().error("unknown node \"" + start + "\"; expected one of " + JRead.list(nodes.keySet()));
        }
        if (!(nodes.get(start) instanceof DecisionTree.Question)) {
            throw startNode.where().error("the walk must start at a question, not at endpoint \"" + start + "\"");
        }
        // every walk must end at an endpoint: no cycles; and every node must be reachable
        Set<String> reached = new HashSet<>();
        checkAcyclic(start, nodes, new LinkedHashSet<>(), reached, nodesObj);
        for (var e : nodesObj.fields().entrySet()) {
            if (!reached.contains(e.getKey())) {
                throw e.getValue().where().error("node \"" + e.getKey() + "\" cannot be reached from \"" + start
                        + "\"; expected every node to be on some walk");
            }
        }
        return new DecisionTree(start, nodes);
    }

    private static void checkAcyclic(String id, Map<String, DecisionTree.Node> nodes, LinkedHashSet<String> path,
                                     Set<String> reached, JNode.JObject nodesObj) throws ContentException {
        if (path.contains(id)) {
            throw nodesObj.fields().get(id).where().error("the walk loops: " + String.join(" → ", path) + " → " + id
                    + "; expected every walk to end at an endpoint");
        }
        reached.add(id);
        if (nodes.get(id) instanceof DecisionTree.Question q) {
            path.add(id);
            for (DecisionTree.Choice c : q.choices()) checkAcyclic(c.next(), nodes, path, reached, nodesObj);
            path.remove(id);
        }
    }
}
