package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.SandboxChoices;
import dev.cachelab.ui.explorer.model.TimeText;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayList;
import java.util.List;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.scenario.Scenario;

/**
 * Compare mode inside the explorer: while it is on, the explorer's transport (Play, Step, Back, reset, the speed
 * and the timeline) drives the {@link CompareViewModel} table on the same {@link Playback} clock, and the counter,
 * step list, narration and header clock describe the table's rows.
 */
final class CompareMode {

    private final ExplorerViewModel vm;
    private final Playback playback;
    private final CompareViewModel table = new CompareViewModel();
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(false);
    private long lastBucket = -1;

    CompareMode(ExplorerViewModel vm, Playback playback) {
        this.vm = vm;
        this.playback = playback;
    }

    CompareViewModel table() { return table; }
    ReadOnlyBooleanProperty onProperty() { return on.getReadOnlyProperty(); }
    boolean on() { return on.get(); }

    void off() {
        on.set(false);
    }

    void open(SandboxChoices.Mutation m, SandboxChoices.Site site, Deployment deployment) {
        table.load(m, site, deployment);
        start();
    }

    /** One instance against two, for one tool. */
    void openInstances(SandboxChoices.Mutation m, SandboxChoices.Tool tool, SandboxChoices.Site site) {
        table.loadInstances(m, tool, site);
        start();
    }

    /** The scenario's own mutation step (0-based {@code index}) under every tool. */
    void openForks(Scenario scenario, int index, SandboxChoices.Site site) {
        table.loadForks(scenario, index, site);
        start();
    }

    private void start() {
        playback.load(table.beats(), table.rows().stream().map(CompareViewModel.Row::label).toList());
        on.set(true);
        show(true);
    }

    // the explorer's commands while the table is shown: each returns false (and does nothing) when it is not

    boolean stepForward() {
        if (on()) table.stepForward();
        return shown();
    }

    boolean stepBack() {
        if (on()) table.stepBack();
        return shown();
    }

    boolean reset() {
        if (on()) table.reset();
        return shown();
    }

    private boolean shown() {
        if (on()) show(true);
        return on();
    }

    /** Jumps to just after row {@code target} (0 = before the first). */
    boolean seek(int target) {
        if (!on()) return false;
        if (target < 0 || target > table.rows().size()) return true;
        table.advanceTo(target == 0 ? 0 : table.rows().get(target - 1).atMs());
        show(true);
        return true;
    }

    boolean seekTime(double ms) {
        if (!on()) return false;
        playback.setTime(ms);
        table.advanceTo(playback.time());
        show(false);
        return true;
    }

    /** A frame of play: the clock is at {@code ms}; the rows it passed are revealed. */
    boolean frame(double ms) {
        if (!on()) return false;
        double t = Math.min(ms, playback.end());
        playback.setTime(t);
        int before = table.beatProperty().get();
        table.advanceTo(t);
        long bucket = (long) t / 100;
        if (bucket != lastBucket || before != table.beatProperty().get()) {
            lastBucket = bucket;
            show(false);
        }
        if (t >= playback.end()) vm.pause();
        return true;
    }

    /** Tells the explorer where the table is ({@code moveClock}: the clock jumps to the latest row's time). */
    void show(boolean moveClock) {
        if (moveClock) playback.setTime(table.time());
        int n = table.beatProperty().get();
        List<CompareViewModel.Row> rows = table.rows();
        List<ExplorerRows.StepRow> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ExplorerRows.StepState state = i < n - 1 ? ExplorerRows.StepState.DONE
                    : i == n - 1 ? ExplorerRows.StepState.CURRENT : ExplorerRows.StepState.NEXT;
            list.add(new ExplorerRows.StepRow(i, rows.get(i).atMs(), rows.get(i).label(), "", state));
        }
        String what = table.titleProperty().get();
        boolean pods = table.comparesInstances();
        String text = n == 0 ? what + (pods ? ", side by side" : ", under every tool") + " on one clock. Press Step or Play to reveal the table row by row."
                : "Row " + n + " of " + rows.size() + ", at " + TimeText.at(rows.get(n - 1).atMs()) + ": "
                + rows.get(n - 1).label() + (pods ? ". Each column shows what that deployment served."
                        : ". Each column shows what that tool's run of the mutation served.");
        vm.present(pods ? "One instance or two" : "Compare all tools", n, table.canStepForward(), table.canStepBack(), list, text,
                "t = " + TimeText.clock(playback.time(), playback.end()) + " · " + table.columns().size()
                        + (pods ? " deployments side by side" : " tools side by side"));
    }
}
