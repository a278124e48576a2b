package dev.cachelab.engine;

import dev.cachelab.engine.app.Deployment;

import java.util.HashMap;
import java.util.Map;

/**
 * Which instance receives a step (Cache Lab's model of the load balancer in front of the deployment). A step that
 * names its instance goes there (conformance README, "Several instances"). Otherwise a browser with a sticky
 * session goes back to the instance its page came from (the README's browser steps: the action's POST, its redirect
 * and later requests stay on that process); any other request is routed by {@link Deployment.Routing}: the first
 * instance, or the next one in turn. One routing decision per step: a step's requests (an action's POST, its
 * redirect render and its {@code router.refresh()}) reach one instance.
 */
final class LoadBalancer {

    private final Deployment deployment;
    private final Map<String, String> pinned = new HashMap<>();
    private int turn;

    LoadBalancer(Deployment deployment) {
        this.deployment = deployment;
    }

    /** An independent balancer with the same sessions and turn (an engine checkpoint). */
    LoadBalancer copy() {
        LoadBalancer c = new LoadBalancer(deployment);
        c.pinned.putAll(pinned);
        c.turn = turn;
        return c;
    }

    String route(Step step) {
        String viewer = step.viewerName();
        if (step instanceof Step.Wait || step instanceof Step.ClientCall) {
            // nothing reaches a server; the balancer is not consulted
            String pin = viewer == null ? null : pinned.get(viewer);
            return pin != null ? pin : deployment.first();
        }
        boolean sticky = viewer != null && deployment.sessions() == Deployment.Sessions.STICKY;
        String chosen = step.instance();
        if (chosen == null && sticky) chosen = pinned.get(viewer);
        if (chosen == null) chosen = next();
        if (sticky) pinned.put(viewer, chosen);
        return chosen;
    }

    /** The instance a viewer's browser is pinned to, or null (no page yet, or no sticky sessions). */
    String pinnedInstance(String viewer) {
        return pinned.get(viewer);
    }

    private String next() {
        if (deployment.routing() == Deployment.Routing.FIRST) return deployment.first();
        String name = deployment.instances().get(turn % deployment.instances().size());
        turn++;
        return name;
    }
}
