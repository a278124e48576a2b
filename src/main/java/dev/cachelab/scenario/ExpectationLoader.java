package dev.cachelab.scenario;

import dev.cachelab.engine.Served;
import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one {@code expect} entry. */
final class ExpectationLoader {

    private ExpectationLoader() {
    }

    static Expectation load(JNode node) throws ContentException {
        JNode.JObject o = JRead.object(node, "what the step is expected to show");
        JRead.onlyKeys(o, "an expectation", "status", "routeCache", "served", "error", "errorPage", "logs", "fetched",
                "caughtErrors", "instance", "note");
        Set<String> keys = new LinkedHashSet<>(o.fields().keySet());
        keys.remove("note");
        Integer status = o.fields().containsKey("status")
                ? (int) JRead.integer(o.fields().get("status"), "an HTTP status", 100) : null;
        String routeCache = null;
        if (o.fields().get("routeCache") instanceof JNode.JString s) {
            routeCache = s.value();
            if (!Set.of("HIT", "STALE", "MISS").contains(routeCache)) {
                throw s.where().error("unknown x-nextjs-cache value \"" + routeCache + "\"; expected HIT, STALE, MISS or null");
            }
        } else if (o.fields().containsKey("routeCache") && !(o.fields().get("routeCache") instanceof JNode.JNull)) {
            throw o.fields().get("routeCache").where().error("expected \"HIT\", \"STALE\", \"MISS\" or null");
        }
        Map<String, Expectation.ExpectedServed> served = null;
        if (o.fields().containsKey("served")) {
            served = new LinkedHashMap<>();
            for (var e : JRead.object(o.fields().get("served"), "what each function served").fields().entrySet()) {
                JNode.JObject s = JRead.object(e.getValue(), "{\"version\": N, \"outcome\": \"HIT\"}");
                JRead.onlyKeys(s, "a served value", "version", "outcome");
                int version = (int) JRead.integer(JRead.required(s, "version", "the database version shown"), "a version", 0);
                Served.Outcome outcome = null;
                JNode oc = JRead.optional(s, "outcome");
                if (oc != null) {
                    String v = JRead.string(oc, "an outcome");
                    try {
                        outcome = Served.Outcome.valueOf(v);
                    } catch (IllegalArgumentException ex) {
                        throw oc.where().error("unknown outcome \"" + v + "\"; expected HIT, MISS or STALE");
                    }
                }
                served.put(e.getKey(), new Expectation.ExpectedServed(version, outcome));
            }
        }
        String error = JRead.optionalString(o, "error", "the error message");
        Boolean errorPage = o.fields().containsKey("errorPage") ? JRead.bool(o.fields().get("errorPage"), "errorPage") : null;
        List<String> logs = o.fields().containsKey("logs") ? JRead.stringList(o.fields().get("logs"), "log lines") : null;
        Boolean fetched = o.fields().containsKey("fetched") ? JRead.bool(o.fields().get("fetched"), "fetched") : null;
        List<String> caught = null;
        if (o.fields().containsKey("caughtErrors")) {
            caught = new ArrayList<>();
            for (JNode item : JRead.array(o.fields().get("caughtErrors"), "caught error messages").items()) {
                caught.add(item instanceof JNode.JNull ? null : JRead.string(item, "an error message or null"));
            }
        }
        String instance = JRead.optionalString(o, "instance", "the instance that received the step");
        return new Expectation(keys, status, routeCache, served, error, errorPage, logs, fetched, caught, instance);
    }
}
