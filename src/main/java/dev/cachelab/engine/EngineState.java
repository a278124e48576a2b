package dev.cachelab.engine;

import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.TagsManifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.cachelab.engine.rules.Messages;

/**
 * Everything the simulated deployment and browsers hold (Part A), shared by the engine's rule components: one clock
 * and one database, one or more server instances, and the instance handling the current request ({@link #current}).
 */
final class EngineState {

    final AppDefinition app;
    final VirtualClock clock;
    final Database db;
    /** The tag store a {@code cacheHandlers.default} shares between instances; null with per-instance tags. */
    final TagsManifest sharedTags;
    final List<ServerInstance> instances;
    final Map<String, BrowserState> browsers;
    /** The instance whose code is running; background work runs on the instance that queued it. */
    ServerInstance current;
    /** While {@code next build} runs, events name no instance: its output seeds every instance (R14). */
    boolean building;
    StepScope scope;
    private long runCounter;

    EngineState(AppDefinition app) {
        this.app = app;
        this.clock = new VirtualClock();
        this.browsers = new LinkedHashMap<>();
        this.db = new Database(app.initialVersion());
        Deployment d = app.deployment();
        this.sharedTags = d.tagStore() == Deployment.TagStore.SHARED ? new TagsManifest() : null;
        List<ServerInstance> list = new ArrayList<>();
        for (String name : d.instances()) list.add(new ServerInstance(name, sharedTags));
        this.instances = Collections.unmodifiableList(list);
        this.current = list.get(0);
    }

    /**
     * An independent state equal to {@code o} between two steps (an engine checkpoint): every map is copied, the
     * immutable records in them are shared. The step scope is not carried over: a step starts a new one.
     */
    EngineState(EngineState o) {
        this.app = o.app;
        this.clock = o.clock.copy();
        this.db = o.db.copy();
        this.sharedTags = o.sharedTags == null ? null : o.sharedTags.copy();
        List<ServerInstance> list = new ArrayList<>();
        for (ServerInstance i : o.instances) list.add(i.copy(sharedTags));
        this.instances = Collections.unmodifiableList(list);
        this.current = list.get(o.instances.indexOf(o.current));
        this.browsers = new LinkedHashMap<>();
        o.browsers.forEach((name, b) -> browsers.put(name, b.copy()));
        this.building = o.building;
        this.scope = new StepScope(o.scope == null ? -1 : o.scope.index);
        this.runCounter = o.runCounter;
    }

    /** How much a copy holds: entries, pages, tags and browsers' cached pages (for sizing checkpoints). */
    int size() {
        int n = sharedTags == null ? 0 : sharedTags.all().size();
        for (ServerInstance i : instances) n += i.size();
        for (BrowserState b : browsers.values()) n += 1 + b.clientCache().size() + b.navFetched().size();
        return n;
    }

    /** The current instance's name for events, or null in a one-instance deployment ("the server"). */
    String inst() {
        return building || instances.size() == 1 ? null : current.name();
    }

    ServerInstance instance(String name) {
        for (ServerInstance i : instances) if (i.name().equals(name)) return i;
        throw new IllegalArgumentException("no instance " + name + " in " + app.deployment().instances());
    }

    long nextRunId() {
        return ++runCounter;
    }

    void emit(EngineEvent event) {
        scope.emit(event);
    }

    /** Queues background work (R12, T1) on the current instance: it runs there, and its key is per instance. */
    void queueBackground(String key, Runnable job) {
        ServerInstance on = current;
        scope.queueBackground(on.name() + " " + key, () -> {
            ServerInstance saved = current;
            current = on;
            try {
                job.run();
            } finally {
                current = saved;
            }
        });
    }

    /** Prints a server log line (R26) on the current instance. */
    void log(String line) {
        scope.logs.add(line);
        scope.emit(new EngineEvent.LogLine(clock.tick(), line, inst()));
    }

    void logError(String message) {
        for (String line : Messages.errorLines(message)) log(line);
    }

    BrowserState browser(String viewer) {
        return browsers.computeIfAbsent(viewer == null ? Step.USER : viewer, BrowserState::new);
    }
}
