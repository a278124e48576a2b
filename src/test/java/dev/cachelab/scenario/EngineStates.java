package dev.cachelab.scenario;

import dev.cachelab.engine.InstanceView;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.RouteCopy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a simulation shows between two steps, read through its public views, as a value that can be compared:
 * two simulations with equal dumps answer the same way (the tests also run the remaining steps on both).
 */
final class EngineStates {

    private EngineStates() {
    }

    static Map<String, Object> dump(Simulation sim) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("nowMs", sim.nowMs());
        d.put("nowTick", sim.nowTick());
        d.put("db", sim.databaseVersion());
        d.put("stepsRun", sim.stepsRun());
        d.put("current", sim.currentInstance().name());
        for (InstanceView i : sim.instances()) {
            d.put(i.name() + ".entries", new ArrayList<>(i.store().entries()));
            d.put(i.name() + ".tags", Map.copyOf(i.manifest().all()));
            List<Object> routes = new ArrayList<>();
            for (String p : i.routeCache().pathnames()) {
                for (RouteCopy c : RouteCopy.values()) routes.add(i.routeCache().get(p, c));
            }
            d.put(i.name() + ".routes", routes);
        }
        d.put("sharedTags", sim.sharedTags() == null ? null : Map.copyOf(sim.sharedTags().all()));
        for (BrowserState b : sim.browsers().values()) {
            d.put("browser." + b.viewer(), List.of(String.valueOf(b.url()), b.shown(), b.errorPage(), b.refreshCount(),
                    Map.copyOf(b.clientCache()), List.copyOf(b.navFetched())));
            d.put("pinned." + b.viewer(), String.valueOf(sim.pinnedInstance(b.viewer())));
        }
        return d;
    }
}
