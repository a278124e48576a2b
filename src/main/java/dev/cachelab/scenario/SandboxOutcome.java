package dev.cachelab.scenario;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine did in a sandbox mutation step, read from its events: the sandbox's narration tells this, so it
 * never promises what a misused call did not do.
 *
 * @param written      the version written, or null
 * @param rolledBackTo the version a failed transaction went back to, or null
 * @param error        the first line of an error that escaped, or null
 * @param status       the HTTP status of a Route Handler, or null
 * @param errorPage    whether the user got Next.js's error page
 * @param warned       whether the server log printed a warning
 * @param expired      tags the step expired (in the tags manifest)
 * @param stale        tags the step marked stale
 */
record SandboxOutcome(Integer written, Integer rolledBackTo, String error, Integer status, boolean errorPage,
                      boolean warned, List<String> expired, List<String> stale) {

    static SandboxOutcome of(StepResult r) {
        Integer written = null;
        Integer rolledBack = null;
        String error = null;
        List<String> expired = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        boolean warned = false;
        for (EngineEvent e : r.events()) {
            if (e instanceof EngineEvent.DatabaseWritten w) written = w.version();
            else if (e instanceof EngineEvent.TransactionRolledBack t) rolledBack = t.version();
            else if (e instanceof EngineEvent.ErrorThrown t && !t.caught() && error == null) {
                error = t.message().lines().findFirst().orElse("");
            } else if (e instanceof EngineEvent.TagMarkedExpired t && !expired.contains(t.tag())) expired.add(t.tag());
            else if (e instanceof EngineEvent.TagMarkedStale t && !stale.contains(t.tag())) stale.add(t.tag());
            else if (e instanceof EngineEvent.LogLine l && (l.text().startsWith("Warning") || l.text().contains("deprecated"))) {
                warned = true;
            }
        }
        Integer status = r.step() instanceof Step.RouteHandler ? r.status() : null;
        return new SandboxOutcome(written, rolledBack, error, status, Boolean.TRUE.equals(r.errorPage()), warned,
                List.copyOf(expired), List.copyOf(stale));
    }
}
