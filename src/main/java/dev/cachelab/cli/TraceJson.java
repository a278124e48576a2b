package dev.cachelab.cli;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.event.EngineEvent;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns step results into the observation objects of the conformance format, plus each step's events. */
final class TraceJson {

    private TraceJson() {
    }

    static Map<String, Object> observation(StepResult r) {
        Map<String, Object> o = new LinkedHashMap<>();
        Step step = r.step();
        if (r.instance() != null) o.put("instance", r.instance()); // several instances: which one received the step
        if (r.status() != null) o.put("status", r.status());
        if (r.hasRouteCache()) o.put("routeCache", r.routeCache());
        if (r.served() != null) o.put("served", served(r.served()));
        if (step instanceof Step.RouteHandler) o.put("error", r.error());
        if (r.errorPage() != null) o.put("errorPage", r.errorPage());
        o.put("logs", r.logs());
        if (r.fetched() != null) o.put("fetched", r.fetched());
        if (r.caughtErrors() != null) o.put("caughtErrors", r.caughtErrors());
        o.put("events", events(r.events()));
        return o;
    }

    static Map<String, Object> served(Map<String, Served> served) {
        Map<String, Object> m = new LinkedHashMap<>();
        served.forEach((fn, s) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("version", s.version());
            if (s.outcome() != null) v.put("outcome", s.outcome().name());
            m.put(fn, v);
        });
        return m;
    }

    static List<Object> events(List<EngineEvent> events) {
        List<Object> out = new ArrayList<>(events.size());
        for (EngineEvent e : events) out.add(event(e));
        return out;
    }

    /** {"type": "EntryHit", "atMs": 1871.000003, ...the record's other components}. */
    static Map<String, Object> event(EngineEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.getClass().getSimpleName());
        m.put("atMs", VirtualClock.toMs(e.at()));
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            if (c.getName().equals("at")) continue;
            try {
                Object v = c.getAccessor().invoke(e);
                if (v instanceof Enum<?> en) v = en.name();
                if (v instanceof dev.cachelab.engine.app.CacheLife l) v = l.describe();
                if (v != null) m.put(c.getName(), v);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        m.put("text", e.describe());
        return m;
    }
}
