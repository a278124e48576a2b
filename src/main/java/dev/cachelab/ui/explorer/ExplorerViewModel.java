package dev.cachelab.ui.explorer;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.BrowserState;
import dev.cachelab.engine.state.CacheEntry;
import dev.cachelab.engine.state.Freshness;
import dev.cachelab.engine.state.Output;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.engine.state.RouteEntry;
import dev.cachelab.engine.state.TagsManifest;
import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;
import dev.cachelab.scenario.ScenarioPlayer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The explorer's state and commands, without any scene graph: a scenario plays on a {@link ScenarioPlayer}, and
 * after every command the rows and viewpoints are rebuilt from the engine. Views only bind to these.
 */
public final class ExplorerViewModel {

    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ExplorerRows.StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<ExplorerRows.EventRow> events = FXCollections.observableArrayList();
    private final ObservableList<String> logs = FXCollections.observableArrayList();
    private final ObservableList<ExplorerRows.EntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<ExplorerRows.RouteRow> routes = FXCollections.observableArrayList();
    private final ObservableList<ExplorerRows.TagRow> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ExplorerRows.Viewpoint> user =
            new ReadOnlyObjectWrapper<>(ExplorerRows.Viewpoint.empty("The user", ""));
    private final ReadOnlyObjectWrapper<ExplorerRows.Viewpoint> visitor =
            new ReadOnlyObjectWrapper<>(ExplorerRows.Viewpoint.empty("Another visitor", ""));
    private ScenarioPlayer player;

    public ExplorerViewModel(List<Scenario> builtIn) {
        scenarios.setAll(builtIn);
        selected.addListener((obs, old, s) -> load(s));
        if (!builtIn.isEmpty()) selected.set(builtIn.get(0));
    }

    // ---- properties ----
    public ObservableList<Scenario> scenarios() { return scenarios; }
    public ObjectProperty<Scenario> selectedProperty() { return selected; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty narrationProperty() { return narration.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clockProperty() { return clock.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty stepCountProperty() { return stepCount.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStepForwardProperty() { return canStepForward.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStepBackProperty() { return canStepBack.getReadOnlyProperty(); }
    public ObservableList<ExplorerRows.StepRow> steps() { return steps; }
    public ObservableList<ExplorerRows.EventRow> events() { return events; }
    public ObservableList<String> logs() { return logs; }
    public ObservableList<ExplorerRows.EntryRow> entries() { return entries; }
    public ObservableList<ExplorerRows.RouteRow> routes() { return routes; }
    public ObservableList<ExplorerRows.TagRow> tags() { return tags; }
    public ReadOnlyObjectProperty<ExplorerRows.Viewpoint> userProperty() { return user.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ExplorerRows.Viewpoint> visitorProperty() { return visitor.getReadOnlyProperty(); }
    public ScenarioPlayer player() { return player; }

    // ---- commands ----
    public void stepForward() {
        if (player != null && player.canStepForward()) {
            player.stepForward();
            refresh();
        }
    }

    public void stepBack() {
        if (player != null && player.canStepBack()) {
            player.stepBack();
            refresh();
        }
    }

    public void reset() {
        if (player != null) {
            player.reset();
            refresh();
        }
    }

    public void seek(int target) {
        if (player != null && target >= 0 && target <= player.stepCount()) {
            player.seek(target);
            refresh();
        }
    }

    /** Selects a loaded scenario by id; false when there is none. */
    public boolean select(String scenarioId) {
        for (Scenario s : scenarios) {
            if (s.id().equals(scenarioId)) {
                if (selected.get() == s) reset();
                else selected.set(s);
                return true;
            }
        }
        return false;
    }

    /** Opens a case or scenario file; a bad file leaves the current scenario as it was and sets {@link #problemProperty}. */
    public boolean open(Path file) {
        try {
            Scenario s = ScenarioLoader.load(file);
            scenarios.removeIf(x -> x.source().equals(s.source()));
            scenarios.add(s);
            selected.set(s);
            problem.set("");
            return true;
        } catch (ContentException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    private void load(Scenario s) {
        if (s == null) return;
        player = new ScenarioPlayer(s);
        title.set(s.title());
        summary.set(s.description());
        stepCount.set(s.steps().size());
        refresh();
    }

    private void refresh() {
        Scenario s = player.scenario();
        int pos = player.position();
        position.set(pos);
        canStepForward.set(player.canStepForward());
        canStepBack.set(player.canStepBack());
        List<ExplorerRows.StepRow> rows = new ArrayList<>();
        for (int i = 0; i < s.steps().size(); i++) {
            ExplorerRows.StepState state = i < pos - 1 ? ExplorerRows.StepState.DONE
                    : i == pos - 1 ? ExplorerRows.StepState.CURRENT : ExplorerRows.StepState.NEXT;
            rows.add(new ExplorerRows.StepRow(i, s.steps().get(i).describe(), s.narration().get(i), state));
        }
        steps.setAll(rows);
        StepResult last = player.lastResult();
        narration.set(last == null ? "Press Step to run the first step: " + (s.steps().isEmpty() ? "" : s.steps().get(0).describe())
                : s.narration().get(pos - 1).isEmpty() ? last.step().describe() : s.narration().get(pos - 1));
        Simulation sim = player.simulation();
        clock.set(String.format("t = %.3f s · database v%d", sim.nowMs() / 1000.0, sim.databaseVersion()));
        List<EngineEvent> evs = last == null ? sim.buildEvents() : last.events();
        events.setAll(evs.stream().map(e -> new ExplorerRows.EventRow(
                String.format("%.3f", VirtualClock.toMs(e.at()) / 1000.0), e.describe(), e.getClass().getSimpleName())).toList());
        logs.setAll(last == null ? List.of() : last.logs());
        entries.setAll(sim.store().entries().stream().map(e -> entryRow(e, sim)).toList());
        routes.setAll(routeRows(sim));
        tags.setAll(sim.manifest().all().values().stream().map(t -> tagRow(t, sim)).toList());
        user.set(userViewpoint(sim));
        visitor.set(visitorViewpoint());
    }

    private static ExplorerRows.EntryRow entryRow(CacheEntry e, Simulation sim) {
        Freshness.Judgement j = Freshness.of(e, sim.manifest(), sim.nowTick(), sim.nowMs());
        return new ExplorerRows.EntryRow(e.key(), e.output().version(), e.tags(), j.freshness(),
                j.tag() == null ? j.freshness().meaning() : "tag " + j.tag() + ": " + j.freshness().meaning(),
                e.life().describe(), seconds(e.timestamp()));
    }

    private static List<ExplorerRows.RouteRow> routeRows(Simulation sim) {
        List<ExplorerRows.RouteRow> rows = new ArrayList<>();
        for (String p : sim.routeCache().pathnames()) {
            for (RouteCopy copy : RouteCopy.values()) {
                RouteEntry e = sim.routeCache().get(p, copy);
                if (e == null) continue;
                Freshness.Judgement j = Freshness.of(e, sim.manifest(), sim.nowTick(), sim.nowMs());
                rows.add(new ExplorerRows.RouteRow(p, copy == RouteCopy.MAIN ? "main" : "refresh", versions(e.outputs()),
                        j.freshness(), j.tag() == null ? "" : "tag " + j.tag(),
                        e.isBuildOutput() ? "next build" : "regenerated at " + seconds(e.timestamp())));
            }
        }
        return rows;
    }

    private static ExplorerRows.TagRow tagRow(TagsManifest.TagState t, Simulation sim) {
        return new ExplorerRows.TagRow(t.tag(),
                t.stale() == TagsManifest.UNSET ? "—" : seconds(t.stale()),
                t.expired() == TagsManifest.UNSET ? "—" : t.expired() > sim.nowTick() ? "in " + future(t.expired(), sim) : seconds(t.expired()),
                "step " + (t.causeStep() + 1) + ": " + t.cause());
    }

    private ExplorerRows.Viewpoint userViewpoint(Simulation sim) {
        BrowserState b = sim.browsers().get(Step.USER);
        if (b == null || b.url() == null) return ExplorerRows.Viewpoint.empty("The user", "has not opened a page yet");
        if (b.errorPage()) {
            return new ExplorerRows.Viewpoint("The user", b.url(), List.of("This page couldn't load"), "Next.js error page");
        }
        StepResult last = player.lastResult();
        boolean acted = last != null && !(last.step() instanceof Step.Get) && !(last.step() instanceof Step.RouteHandler)
                && !(last.step() instanceof Step.Wait);
        return new ExplorerRows.Viewpoint("The user", b.url(), lines(b.shown(), acted ? last.served() : null),
                acted ? "" : "unchanged in this step");
    }

    private ExplorerRows.Viewpoint visitorViewpoint() {
        List<StepResult> results = player.results();
        for (int i = results.size() - 1; i >= 0; i--) {
            StepResult r = results.get(i);
            if (r.step() instanceof Step.Get g) {
                String note = "step " + (i + 1) + " · HTTP " + r.status()
                        + (r.routeCache() != null ? " · x-nextjs-cache: " + r.routeCache() : " · no x-nextjs-cache header");
                List<String> lines = new ArrayList<>();
                if (r.served() != null) r.served().forEach((fn, sv) -> lines.add(line(fn, sv)));
                return new ExplorerRows.Viewpoint("Another visitor", g.url(), lines, note);
            }
        }
        return ExplorerRows.Viewpoint.empty("Another visitor", "no plain GET yet");
    }

    private static List<String> lines(Map<String, Output> shown, Map<String, Served> served) {
        List<String> out = new ArrayList<>();
        shown.forEach((fn, o) -> {
            Served s = served == null ? null : served.get(fn);
            out.add(s != null ? line(fn, s) : fn + ": v" + o.version());
        });
        return out;
    }

    private static String line(String fn, Served s) {
        return fn + ": v" + s.version() + (s.outcome() == null ? "" : " (" + s.outcome() + ")");
    }

    private static String versions(Map<String, Output> outputs) {
        List<String> parts = new ArrayList<>();
        outputs.forEach((fn, o) -> parts.add(fn + " v" + o.version()));
        return String.join(", ", parts);
    }

    static String seconds(long tick) {
        return String.format("%.3f s", VirtualClock.msOf(tick) / 1000.0);
    }

    private static String future(long tick, Simulation sim) {
        long s = (VirtualClock.msOf(tick) - sim.nowMs()) / 1000;
        return s > 86400 ? (s / 86400) + " d" : s + " s";
    }
}
