package dev.cachelab.ui.explorer;

import dev.cachelab.engine.Served;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Sandbox;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.WhatIf;
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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Compare mode: one mutation, called from the chosen place, replayed under every tool side by side on a shared
 * clock. Each column is its own simulation of the sandbox; the rows are the moments at which the columns do
 * something, and the clock ({@link #advanceTo}) reveals the rows it has passed. A tool that cannot run where the
 * mutation is called shows what the engine does there: the real error. (router.refresh() only exists in the
 * browser: its column writes where the mutation naturally runs, then the client component refreshes.)
 */
public final class CompareViewModel {

    /** One tool's run of the mutation. */
    public record Column(Tool tool, Site site, String header, List<Step> steps, List<StepResult> results) { }

    /** A moment of the shared clock, with what happens at it. */
    public record Row(long atMs, String label) { }

    /**
     * What one column shows at one moment; {@code newData} is null when no data version is shown. The headline is
     * what the cell says at a glance (the version and whether it is the latest, or the error); the text is all of it.
     */
    public record Cell(String text, Boolean newData, boolean failed, String headline) {
        Cell(String text, Boolean newData, boolean failed) {
            this(text, newData, failed, headline(text, newData, failed));
        }

        private static String headline(String text, Boolean newData, boolean failed) {
            if (failed) return "error";
            Matcher v = Pattern.compile(" v(\\d+)").matcher(text);
            int oldest = Integer.MAX_VALUE;
            while (v.find()) oldest = Math.min(oldest, Integer.parseInt(v.group(1)));
            if (newData != null && oldest != Integer.MAX_VALUE) return "v" + oldest + (newData ? " latest" : " old");
            String first = text.lines().findFirst().orElse("");
            int arrow = first.indexOf(" → ");
            return arrow >= 0 ? "HTTP" + first.substring(arrow + 2) : first;
        }
    }

    private final ReadOnlyObjectWrapper<Mutation> mutation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Site> site = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper beat = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(0);
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    /** For each column, the row each of its steps is shown in. */
    private final List<int[]> rowOfStep = new ArrayList<>();
    private double timeMs;
    private boolean byInstances;

    public ReadOnlyObjectProperty<Mutation> mutationProperty() { return mutation.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Site> siteProperty() { return site.getReadOnlyProperty(); }
    /** What is compared: the sandbox mutation, or the scenario's step, and where it is called from. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** How many rows are revealed. */
    public ReadOnlyIntegerProperty beatProperty() { return beat.getReadOnlyProperty(); }
    /** Counts the loads: a new table (columns and rows) each time it changes. */
    public ReadOnlyIntegerProperty loadsProperty() { return loads.getReadOnlyProperty(); }
    public List<Column> columns() { return columns; }
    public List<Row> rows() { return rows; }
    public double time() { return timeMs; }
    /** Whether the columns are deployments (one instance, two) rather than tools. */
    public boolean comparesInstances() { return byInstances; }

    /** The times of the rows (ms). */
    public List<Long> beats() {
        return rows.stream().map(Row::atMs).toList();
    }

    public void load(Mutation m, Site calledFrom) {
        load(m, calledFrom, Deployment.SINGLE);
    }

    /** The sandbox's mutation under every tool, on {@code deployment} (one pod, or two). */
    public void load(Mutation m, Site calledFrom, Deployment deployment) {
        byInstances = false;
        columns.clear();
        rowOfStep.clear();
        for (Tool t : Tool.values()) {
            Site s = t == Tool.ROUTER_REFRESH ? Site.CLIENT_COMPONENT : calledFrom;
            Sandbox.Run run = Sandbox.run(List.of(new Sandbox.Fire(m, t, s)), deployment);
            String header = t == Tool.ROUTER_REFRESH
                    ? t.label() + "\nin a client component, after the write in a " + m.naturalSite().label()
                    : t.label() + "\nin a " + s.label();
            columns.add(new Column(t, s, header, run.scenario().steps(), run.results()));
        }
        finishLoad(m, calledFrom, m.label() + ", called from a " + calledFrom.label());
    }

    /**
     * One instance against two: the sandbox's mutation with one tool, called from one place, on one pod, on two pods
     * that each keep their own tags, and on two pods sharing a tag store.
     */
    public void loadInstances(Mutation m, Tool tool, Site calledFrom) {
        byInstances = true;
        columns.clear();
        rowOfStep.clear();
        Site s = tool == Tool.ROUTER_REFRESH ? Site.CLIENT_COMPONENT : calledFrom;
        List<Deployment> options = List.of(Deployment.SINGLE, Sandbox.deployment(2, Deployment.TagStore.PER_INSTANCE),
                Sandbox.deployment(2, Deployment.TagStore.SHARED));
        for (Deployment d : options) {
            Sandbox.Run run = Sandbox.run(List.of(new Sandbox.Fire(m, tool, s)), d);
            String header = d.isSingle() ? "1 instance"
                    : "2 instances\n" + (d.tagStore() == Deployment.TagStore.SHARED ? "a shared tag store" : "each its own tags");
            columns.add(new Column(tool, s, header, run.scenario().steps(), run.results()));
        }
        finishLoad(m, calledFrom, m.label() + ", with " + tool.label() + " in a " + s.label() + ": one instance or two");
    }

    /**
     * A scenario's own mutation step (step {@code index}, 0-based) under every tool, called from {@code calledFrom}:
     * each column is a what-if fork of the scenario; a tool that cannot replace the step there says why.
     */
    public void loadForks(Scenario scenario, int index, Site calledFrom) {
        byInstances = false;
        columns.clear();
        rowOfStep.clear();
        for (Tool t : Tool.values()) {
            var problem = WhatIf.unavailable(scenario, index, t, calledFrom);
            if (problem.isPresent()) {
                columns.add(new Column(t, calledFrom, t.label() + "\n" + problem.get(), List.of(), List.of()));
                continue;
            }
            WhatIf.Fork fork = WhatIf.fork(scenario, index, t, calledFrom);
            String where = t == Tool.ROUTER_REFRESH ? "after the Server Action" : "in a " + calledFrom.label();
            columns.add(new Column(t, calledFrom, t.label() + "\n" + where, fork.scenario().steps(),
                    Conformance.run(fork.scenario())));
        }
        finishLoad(null, calledFrom, scenario.title() + ": step " + (index + 1) + " under every tool, called from a "
                + calledFrom.label());
    }

    private void finishLoad(Mutation m, Site calledFrom, String what) {
        layoutRows();
        beat.set(0);
        timeMs = 0;
        site.set(calledFrom);
        mutation.set(m);
        title.set(what);
        loads.set(loads.get() + 1);
    }

    /**
     * A row for each moment at which at least two columns do something. A step only one column has (the
     * router.refresh() after its write) joins that column's previous row, so no row is empty in all but one column.
     */
    private void layoutRows() {
        Map<Long, Integer> count = new TreeMap<>();
        Map<Long, Step> example = new TreeMap<>();
        for (Column c : columns) {
            for (Step s : c.steps()) {
                count.merge(s.atMs(), 1, Integer::sum);
                example.putIfAbsent(s.atMs(), s);
            }
        }
        rows.clear();
        int need = columns.size() > 1 ? 2 : 1;
        count.forEach((at, n) -> {
            if (n >= need) rows.add(new Row(at, label(example.get(at))));
        });
        for (Column c : columns) {
            int[] map = new int[c.steps().size()];
            for (int i = 0; i < map.length; i++) {
                long at = c.steps().get(i).atMs();
                int r = 0;
                for (int k = 0; k < rows.size(); k++) if (rows.get(k).atMs() <= at) r = k;
                map[i] = r;
            }
            rowOfStep.add(map);
        }
    }

    private static String label(Step s) {
        if (s instanceof Step.Traffic) return "the catalogue has been busy";
        if (s instanceof Step.BrowserGoto b) return who(b.viewer()) + " opens " + b.url();
        if (s instanceof Step.LinkNavigate l) return who(l.viewer()) + " opens " + l.url();
        if (s instanceof Step.Get g) return "a visitor reads " + g.url();
        if (s instanceof Step.RouterRefresh) return "router.refresh()";
        if (s instanceof Step.Wait) return "time passes";
        return "the mutation, under each tool";
    }

    private static String who(String viewer) {
        return viewer == null || viewer.equals(Step.USER) ? "the user" : "the " + viewer;
    }

    // ---------------------------------------------------------------- the shared clock

    public void stepForward() {
        if (beat.get() < rows.size()) setBeat(beat.get() + 1);
    }

    public void stepBack() {
        if (beat.get() > 0) setBeat(beat.get() - 1);
    }

    public void reset() {
        setBeat(0);
    }

    public void showAll() {
        setBeat(rows.size());
    }

    /** The clock moved to {@code ms}: every row at or before it is revealed. */
    public void advanceTo(double ms) {
        timeMs = Math.max(0, ms);
        int n = 0;
        while (n < rows.size() && rows.get(n).atMs() <= timeMs) n++;
        beat.set(n);
    }

    private void setBeat(int n) {
        beat.set(n);
        timeMs = n == 0 ? 0 : rows.get(n - 1).atMs();
    }

    public boolean canStepForward() { return beat.get() < rows.size(); }
    public boolean canStepBack() { return beat.get() > 0; }

    // ---------------------------------------------------------------- cells

    /** What {@code column} shows at row {@code row}, or null when it does nothing at that moment. */
    public Cell cell(Column column, int row) {
        int c = columns.indexOf(column);
        List<Cell> parts = new ArrayList<>();
        for (int i = 0; i < column.steps().size(); i++) {
            if (rowOfStep.get(c)[i] == row) parts.add(describe(column.results().get(i), versionAt(column, i)));
        }
        if (parts.isEmpty()) return null;
        if (parts.size() == 1) return parts.get(0);
        StringBuilder text = new StringBuilder(parts.get(0).text());
        Boolean fresh = parts.get(0).newData();
        boolean failed = parts.get(0).failed();
        for (Cell p : parts.subList(1, parts.size())) {
            text.append("\nthen ").append(p.text());
            if (p.newData() != null) fresh = p.newData();
            failed |= p.failed();
        }
        return new Cell(text.toString(), fresh, failed);
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

    /** The error's first line without its "See more info here: <url>" tail (the Events tab has it all). */
    private static String shortError(String message) {
        String first = message.lines().findFirst().orElse("");
        int see = first.indexOf(" See more info");
        return see > 0 ? first.substring(0, see) : first;
    }

    static Cell describe(StepResult r, int dbVersion) {
        Step s = r.step();
        String error = r.events().stream().filter(e -> e instanceof EngineEvent.ErrorThrown t && !t.caught())
                .map(e -> shortError(((EngineEvent.ErrorThrown) e).message())).findFirst().orElse(null);
        if (s instanceof Step.Traffic t) return new Cell(String.format("%,d entries cached", t.toId() - t.fromId() + 1), null, false);
        if (s instanceof Step.RouteHandler rh) {
            return new Cell("POST " + rh.url() + (r.instance() == null ? "" : " on " + r.instance()) + " → " + r.status() + (error != null ? "\n" + error : ""), null, error != null);
        }
        if (s instanceof Step.ClientCall) return new Cell("browser: " + (error == null ? "nothing" : error), null, error != null);
        String on = r.instance() == null ? "" : " on " + r.instance();
        String who = s instanceof Step.Get ? "visitor GET " + ((Step.Get) s).url() + on
                : s instanceof Step.RouterRefresh ? "router.refresh(): user" + on : "user" + on;
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
        if (error != null) b.append("\n").append(error);
        Cell cell = new Cell(b.toString(), fresh, error != null);
        // with several instances, at a glance: which pod answered
        return r.instance() == null ? cell : new Cell(cell.text(), cell.newData(), cell.failed(), cell.headline() + " · " + r.instance());
    }
}
