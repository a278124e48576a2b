package dev.cachelab.engine;

import dev.cachelab.engine.event.EngineEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-step scratch (Part A 7): the events and log lines of the step, which bodies ran (for outcome labels, R25)
 * and the background jobs it queued, one per key, run before the next step starts (R12, T1).
 */
final class StepScope {

    final int index;
    final List<EngineEvent> events = new ArrayList<>();
    final List<String> logs = new ArrayList<>();
    private final Map<String, Set<Long>> runsByFunction = new HashMap<>();
    private final LinkedHashMap<String, Runnable> background = new LinkedHashMap<>();
    private final Set<String> backgroundDone = new HashSet<>();

    StepScope(int index) {
        this.index = index;
    }

    void emit(EngineEvent event) {
        events.add(event);
    }

    void recordRun(String function, long runId) {
        runsByFunction.computeIfAbsent(function, f -> new HashSet<>()).add(runId);
    }

    Set<Long> runsOf(String function) {
        return runsByFunction.getOrDefault(function, Set.of());
    }

    /** Queues a background job; a key already queued or run in this step is not queued again (R12). */
    void queueBackground(String key, Runnable job) {
        if (!backgroundDone.contains(key)) background.putIfAbsent(key, job);
    }

    /** Runs queued jobs in order, including jobs they queue, before the step ends (T1). */
    void drainBackground() {
        while (!background.isEmpty()) {
            Iterator<Map.Entry<String, Runnable>> it = background.entrySet().iterator();
            Map.Entry<String, Runnable> next = it.next();
            it.remove();
            backgroundDone.add(next.getKey());
            next.getValue().run();
        }
    }
}
