package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why? with several instances: which instance answered a person's page, and — for a page older than the database —
 * which instance received each invalidation that could have refreshed it and why this one did not see it (its own
 * tags manifest; or the shared tag store, which the route cache of prerendered pages never reads).
 */
final class InstanceWhy {

    private static final String PER_INSTANCE = "b3-revalidateTag-max--local-tags; F20";
    private static final String SHARED = "b3-revalidateTag-max--shared-tags; F20";

    private InstanceWhy() {
    }

    /** The lines to add for the page of step {@code index} (none with one instance). */
    static List<WhyLine> explain(StepResult r, List<StepResult> results, Simulation sim, boolean older,
                                 boolean fromRouteCache) {
        List<WhyLine> out = new ArrayList<>();
        if (sim.instances().size() < 2 || r.instance() == null) return out;
        String on = r.instance();
        out.add(WhyLine.modelled("Instance " + on + " answered it: the load balancer sent the request there.",
                "the load balancer's routing is Cache Lab's model; where a request lands was set per step in the measured cases"));
        if (!older) return out;
        Set<String> elsewhere = new LinkedHashSet<>();
        boolean shared = false;
        for (int i = 0; i <= r.index() && i < results.size(); i++) {
            for (EngineEvent e : results.get(i).events()) {
                String tag = null;
                String cause = null;
                boolean toShared = false;
                if (e instanceof EngineEvent.TagMarkedStale t) {
                    tag = t.tag();
                    cause = t.cause();
                    toShared = t.shared();
                } else if (e instanceof EngineEvent.TagMarkedExpired t) {
                    tag = t.tag();
                    cause = t.cause();
                    toShared = t.shared();
                }
                if (tag == null || e.instance() == null || e.instance().equals(on)) continue;
                elsewhere.add(cause + " ran on instance " + e.instance() + " in step " + (i + 1));
                shared |= toShared;
            }
        }
        if (elsewhere.isEmpty()) return out;
        out.add(WhyLine.plain(String.join("; ", elsewhere) + "."));
        if (!shared) {
            out.add(WhyLine.measured("An invalidation reaches only the instance that ran it: each next start process keeps"
                    + " its own tags manifest, so instance " + on + " never heard of it.", PER_INSTANCE));
        } else if (fromRouteCache) {
            out.add(WhyLine.measured("It was also written to the shared tag store, but a prerendered page is answered by"
                    + " instance " + on + "'s own route cache, which is judged by its own tags manifest: the shared store"
                    + " does not reach it.", SHARED));
        } else {
            out.add(WhyLine.measured("It was written to the shared tag store too: instance " + on + "'s 'use cache'"
                    + " entries are judged by it from its next request on.", SHARED));
        }
        return out;
    }
}
