package dev.cachelab.engine;

import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.RouteCache;
import dev.cachelab.engine.state.TagsManifest;
import dev.cachelab.engine.state.UseCacheStore;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything the simulated server and browsers hold (Part A), shared by the engine's rule components. */
final class EngineState {

    final AppDefinition app;
    final VirtualClock clock = new VirtualClock();
    final Database db;
    final UseCacheStore store = new UseCacheStore();
    final TagsManifest manifest = new TagsManifest();
    final RouteCache routeCache = new RouteCache();
    final Map<String, BrowserState> browsers = new LinkedHashMap<>();
    StepScope scope;
    private long runCounter;

    EngineState(AppDefinition app) {
        this.app = app;
        this.db = new Database(app.initialVersion());
    }

    long nextRunId() {
        return ++runCounter;
    }

    void emit(EngineEvent event) {
        scope.emit(event);
    }

    /** Prints a server log line (R26). */
    void log(String line) {
        scope.logs.add(line);
        scope.emit(new EngineEvent.LogLine(clock.tick(), line));
    }

    void logError(String message) {
        for (String line : dev.cachelab.engine.rules.Messages.errorLines(message)) log(line);
    }

    BrowserState browser(String viewer) {
        return browsers.computeIfAbsent(viewer == null ? Step.USER : viewer, BrowserState::new);
    }
}
