package dev.cachelab.scenario;

import dev.cachelab.engine.app.Deployment;
import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads an app's {@code deployment} (conformance README, "Several instances"): {@code instances} (1 to 4 unique
 * names), {@code tagStore} ({@code "per-instance"}, the default, or {@code "shared"}), and Cache Lab's load balancer:
 * {@code routing} ({@code "first"}, the default, or {@code "round-robin"}) and {@code sessions} ({@code "sticky"},
 * the default, or {@code "none"}).
 */
final class DeploymentLoader {

    private DeploymentLoader() {
    }

    static Deployment load(JNode node) throws ContentException {
        JNode.JObject o = JRead.object(node, "the deployment, such as {\"instances\": [\"A\", \"B\"], \"tagStore\": \"per-instance\"}");
        JRead.onlyKeys(o, "the deployment", "instances", "tagStore", "routing", "sessions", "note");
        JNode instancesNode = JRead.required(o, "instances", "the instances' names, such as [\"A\", \"B\"]");
        JNode.JArray arr = JRead.array(instancesNode, "the instances' names, such as [\"A\", \"B\"]");
        if (arr.items().isEmpty() || arr.items().size() > Deployment.MAX_INSTANCES) {
            throw instancesNode.where().error(arr.items().size() + " instances; expected 1 to " + Deployment.MAX_INSTANCES);
        }
        List<String> names = new ArrayList<>();
        for (JNode item : arr.items()) {
            String name = JRead.string(item, "an instance's name");
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,15}")) {
                throw item.where().error("\"" + name + "\" is not an instance name; expected letters, digits, - or _,"
                        + " at most 16, such as \"A\" or \"pod-1\"");
            }
            if (names.contains(name)) throw item.where().error("the instance \"" + name + "\" is named twice; expected unique names");
            names.add(name);
        }
        Deployment.TagStore tagStore = choice(o, "tagStore", Deployment.TagStore.values(), Deployment.TagStore::id,
                Deployment.TagStore.PER_INSTANCE);
        Deployment.Routing routing = choice(o, "routing", Deployment.Routing.values(), Deployment.Routing::id,
                Deployment.Routing.FIRST);
        Deployment.Sessions sessions = choice(o, "sessions", Deployment.Sessions.values(), Deployment.Sessions::id,
                Deployment.Sessions.STICKY);
        return new Deployment(names, tagStore, routing, sessions);
    }

    private static <E> E choice(JNode.JObject o, String key, E[] values, Function<E, String> id, E fallback)
            throws ContentException {
        JNode node = JRead.optional(o, key);
        if (node == null) return fallback;
        String v = JRead.string(node, "the " + key);
        for (E e : values) if (id.apply(e).equals(v)) return e;
        throw node.where().error("unknown " + key + " \"" + v + "\"; expected one of "
                + String.join(", ", Arrays.stream(values).map(id).toList()));
    }
}
