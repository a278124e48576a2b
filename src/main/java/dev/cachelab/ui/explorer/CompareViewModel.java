package dev.cachelab.ui.explorer;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Sandbox;
import dev.cachelab.scenario.SandboxChoices;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compare mode: one mutation replayed under every tool, side by side, on a shared clock. Each column is its own
 * simulation; the shared clock reveals the rows (the moments any column does something) one at a time.
 */
public final class CompareViewModel {

    /** One tool's run of the mutation. */
    public record Column(Tool tool, Site site, List<Step> steps, List<StepResult> results) { }

    /** What one column shows at one moment; {@code newData} is null when no data version is shown. */
    public record Cell(String text, Boolean newData, boolean failed) { }

    private final ReadOnlyObjectWrapper<Mutation> mutation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper beat = new ReadOnlyIntegerWrapper(0);
    private final List<Column> columns = new ArrayList<>();
    private final List<Long> beats = new ArrayList<>();

    public ReadOnlyObjectProperty<Mutation> mutationProperty() { return mutation.getReadOnlyProperty(); }
    /** How many rows are revealed. */
    public ReadOnlyIntegerProperty beatProperty() { return beat.getReadOnlyProperty(); }
    public List<Column> columns() { return columns; }
    public List<Long> beats() { return beats; }

    public void load(Mutation m) {
        columns.clear();
        TreeSet<Long> times = new TreeSet<>();
        for (Tool t : Tool.values()) {
            Site site = t == Tool.ROUTER_REFRESH ? Site.CLIENT_COMPONENT : m.naturalSite;
            if (!SandboxChoices.allowed(t, site)) continue;
            var scenario = Sandbox.build(List.of(new Sandbox.Fire(m, t, site)));
            List<StepResult> results = Conformance.run(scenario);
            columns.add(new Column(t, site, scenario.steps(), results));
            scenario.steps().forEach(s -> times.add(s.atMs()));
        }
        beats.clear();
        beats.addAll(times);
        beat.set(0);
        mutation.set(m);
    }

    public void stepForward() { if (beat.get() < beats.size()) beat.set(beat.get() + 1); }
    public void stepBack() { if (beat.get() > 0) beat.set(beat.get() - 1); }
    public void reset() { beat.set(0); }
    public void showAll() { beat.set(beats.size()); }

    /** What {@code column} shows at row {@code row}, or null when it does nothing at that moment. */
    public Cell cell(Column column, int row) {
        long at = beats.get(row);
        for (int i = 0; i < column.steps().size(); i++) {
            if (column.steps().get(i).atMs() == at) return describe(column.results().get(i), versionAt(column, i));
        }
        return null;
    }

    /** The database version once step {@code index} has run. */
    private static int versionAt(Column c, int index) {
        int v = 1;
        for (int i = 0; i <= index; i++) {
            for (EngineEvent e : c.results().get(i).events()) {
                if (e instanceof EngineEvent.DatabaseWritten w) v = w.version();
                if (e instanceof EngineEvent.TransactionRolledBack r) v = r.version();
            }
        }
        return v;
    }

    static Cell describe(StepResult r, int dbVersion) {
        Step s = r.step();
        String error = r.events().stream().filter(e -> e instanceof EngineEvent.ErrorThrown t && !t.caught())
                .map(e -> ((EngineEvent.ErrorThrown) e).message().lines().findFirst().orElse("")).findFirst().orElse(null);
        if (s instanceof Step.Traffic t) return new Cell(String.format("%,d entries cached", t.toId() - t.fromId() + 1), null, false);
        if (s instanceof Step.RouteHandler rh) {
            return new Cell("POST " + rh.url() + " → " + r.status() + (error != null ? "\n" + error : ""), null, error != null);
        }
        if (s instanceof Step.ClientCall) return new Cell("browser: " + (error == null ? "nothing" : error), null, true);
        String who = s instanceof Step.Get ? "visitor GET " + ((Step.Get) s).url() : "user";
        if (Boolean.TRUE.equals(r.errorPage())) return new Cell(who + ": error page" + (error != null ? "\n" + error : ""), null, true);
        StringBuilder b = new StringBuilder(who).append(':');
        Boolean fresh = null;
        if (r.served() != null) {
            for (Map.Entry<String, Served> e : r.served().entrySet()) {
                if (e.getKey().contains(".")) continue;
                b.append("\n").append(e.getKey()).append(" v").append(e.getValue().version());
                if (e.getValue().outcome() != null) b.append(" ").append(e.getValue().outcome());
                boolean isNew = e.getValue().version() >= dbVersion;
                fresh = fresh == null ? isNew : fresh && isNew;
            }
        }
        if (r.hasRouteCache()) b.append("\nx-nextjs-cache: ").append(r.routeCache() == null ? "—" : r.routeCache());
        return new Cell(b.toString(), fresh, error != null);
    }
}
