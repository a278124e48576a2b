package dev.cachelab.ui.explorer;

import dev.cachelab.engine.StepResult;
import dev.cachelab.scenario.Sandbox;
import dev.cachelab.scenario.SandboxChoices;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioExtras;
import dev.cachelab.scenario.ScenarioPlayer;
import dev.cachelab.scenario.ScenarioRecording;
import dev.cachelab.ui.explorer.model.PipelineModel;
import dev.cachelab.ui.explorer.model.StepAnimator;
import dev.cachelab.ui.explorer.model.TimeText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The explorer's state and named commands, with no scene graph. A scenario plays on a {@link ScenarioPlayer}; the
 * {@link Playback} clock drives it (play, pause, step, step back, scrub, speed — all on the engine's one virtual
 * clock; going back replays from the nearest engine checkpoint); after each step the {@link PipelineModel} snaps to
 * the engine's state. Views bind.
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
    private final ReadOnlyIntegerWrapper codeLine = new ReadOnlyIntegerWrapper(0);
    private final StepRows steps = new StepRows();
    private final ObservableList<ExplorerRows.EventRow> events = FXCollections.observableArrayList();
    private final ObservableList<ScenarioExtras.CodeLine> code = FXCollections.observableArrayList();
    private final ObservableList<ScenarioExtras.RealityNote> notes = FXCollections.observableArrayList();
    private final PipelineModel pipeline = new PipelineModel();
    private final Playback playback = new Playback();
    private final Predictions predictions = new Predictions(this);
    private final Why why = new Why(this);
    private final CompareMode compare = new CompareMode(this, playback);
    private final WhatIfMode whatIf = new WhatIfMode(this);
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", false);
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    /** Opens files off the JavaFX thread; knows each opened scenario's file and recording. */
    private final FileOpening opening = new FileOpening(scenarios, selected, problem);
    private final TryIt tryIt = new TryIt(this);
    private StepAnimator animator = StepAnimator.IMMEDIATE;
    private ScenarioPlayer player;
    private boolean animating;
    private long lastTickBucket = -1;

    public ExplorerViewModel(List<Scenario> builtIn) {
        scenarios.setAll(builtIn);
        scenarios.add(Sandbox.build(List.of()));
        selected.addListener((obs, old, s) -> load(s));
        pipeline.dbVersionProperty().addListener((o, a, b) -> updateClock());
        if (!scenarios.isEmpty()) selected.set(scenarios.get(0));
    }

    // ---------------------------------------------------------------- properties
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
    /** The running line of the code panel (1-based), 0 when none. */
    public ReadOnlyIntegerProperty codeLineProperty() { return codeLine.getReadOnlyProperty(); }
    public ObservableList<ExplorerRows.StepRow> steps() { return steps.list(); }
    public ObservableList<ExplorerRows.EventRow> events() { return events; }
    public ObservableList<ScenarioExtras.CodeLine> code() { return code; }
    /** Notes of the steps run so far, where real Next.js differs from the simple story. */
    public ObservableList<ScenarioExtras.RealityNote> notes() { return notes; }
    public PipelineModel pipeline() { return pipeline; }
    public Playback playback() { return playback; }
    public Predictions predictions() { return predictions; }
    public Why why() { return why; }
    /** Compare mode's table; shown instead of the pipeline while {@link #comparingProperty} is true. */
    public CompareViewModel compare() { return compare.table(); }
    public ReadOnlyBooleanProperty comparingProperty() { return compare.onProperty(); }
    public ScenarioPlayer player() { return player; }
    public boolean isSandbox() { return player != null && Sandbox.ID.equals(player.scenario().id()); }
    /** What if: the current scenario's mutation step under another tool, on the same picture. */
    public WhatIfMode whatIf() { return whatIf; }
    /** Try it: the sandbox's mutations, its instances, and compare mode (every tool, or one instance against two). */
    public TryIt tryIt() { return tryIt; }
    /** Details on every card of the picture (countdowns, second copies, timestamps). */
    public BooleanProperty detailsShownProperty() { return detailsShown; }
    /** Presenter mode is on: the view gives the picture the room. */
    public BooleanProperty presentingProperty() { return presenting; }

    /** The name of a scenario in the picker: its title, and its file name when it was opened from a file. */
    public String label(Scenario s) {
        return ScenarioNames.label(s, opening.fileOf(s));
    }

    public void setAnimator(StepAnimator animator) {
        this.animator = animator == null ? StepAnimator.IMMEDIATE : animator;
    }

    // ---------------------------------------------------------------- commands

    /** Runs the next step now (asking its prediction first, if it has one). */
    public void stepForward() {
        finishAnimation();
        if (compare.stepForward()) return;
        if (player == null || !player.canStepForward()) return;
        if (predictions.gate(player.position())) {
            playback.playingProperty().set(false);
            return;
        }
        runNext();
    }

    public void stepBack() {
        finishAnimation();
        if (compare.stepBack()) return;
        if (player != null && player.canStepBack()) {
            player.stepBack();
            playback.setTime(player.lastResult() == null ? 0 : player.lastResult().step().atMs());
            settle();
        }
    }

    public void reset() {
        finishAnimation();
        if (player == null) return;
        playback.playingProperty().set(false);
        if (compare.reset()) return;
        predictions.clear();
        player.reset();
        playback.setTime(0);
        settle();
    }

    /** Jumps to just after step {@code target} (0 = before the first); going back restores the nearest checkpoint. */
    public void seek(int target) {
        finishAnimation();
        if (compare.seek(target)) return;
        if (player == null || target < 0 || target > player.stepCount()) return;
        player.seek(target);
        playback.setTime(player.lastResult() == null ? 0 : player.lastResult().step().atMs());
        settle();
    }

    /** Scrubs the timeline's track (0 to 1, see {@link TimelineScale}): the time there, every step up to it run. */
    public void seekTrack(double fraction) {
        seekTime(playback.scale().timeAt(fraction));
    }

    /** Scrubs the timeline: every step up to {@code ms} has run, and the clock shows {@code ms}. */
    public void seekTime(double ms) {
        finishAnimation();
        if (player == null) return;
        double t = Math.max(0, Math.min(ms, playback.end()));
        if (compare.seekTime(t)) return;
        player.seekTime(playback.scale().stepsUpTo(t), (long) t);
        playback.setTime(t);
        settle();
    }

    public void play() {
        if (player == null) return;
        if (playback.time() >= playback.end()) reset();
        playback.playingProperty().set(true);
    }

    public void pause() {
        playback.playingProperty().set(false);
    }

    public void togglePlay() {
        if (playback.isPlaying()) pause();
        else play();
    }

    /** Advances the clock by {@code realMs} of wall time × speed; called once per frame by the view. */
    public void frame(double realMs) {
        if (animating) {
            animator.advance(realMs * playback.speed());
            return;
        }
        if (player == null || !playback.isPlaying() || predictions.pending() != null) return;
        double t = playback.time() + realMs * playback.speed() * playback.rate();
        if (compare.frame(t)) return;
        if (player.canStepForward() && t >= player.scenario().steps().get(player.position()).atMs()) {
            playback.setTime(player.scenario().steps().get(player.position()).atMs());
            stepForward();
            return;
        }
        t = Math.min(t, playback.end());
        playback.setTime(t);
        player.simulation().advanceTo((long) t);
        long bucket = (long) t / 100;
        if (bucket != lastTickBucket) {
            lastTickBucket = bucket;
            pipeline.tick(player.simulation());
            updateClock();
        }
        if (t >= playback.end()) pause();
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

    /** Opens a file, off the JavaFX thread in the window ({@link FileOpening}); a bad one sets {@link #problemProperty}. */
    public CompletableFuture<FileOpening.Outcome> open(Path file) { return opening.open(file); }
    public FileOpening opening() { return opening; }

    /** Fires a mutation in the sandbox with the chosen tool and call site, then plays its steps. */
    public void fire(SandboxChoices.Mutation mutation, SandboxChoices.Tool tool, SandboxChoices.Site site) {
        tryIt.fire(mutation, tool, site);
    }

    /** What if the scenario's mutation step called {@code tool} from {@code site} (see {@link TryIt#whatIf}). */
    public void whatIf(SandboxChoices.Tool tool, SandboxChoices.Site site) {
        tryIt.whatIf(tool, site);
    }

    /** Plays {@code s} (a fork, or its original) under {@code shownTitle}, at {@code position}, without choosing it. */
    void show(Scenario s, String shownTitle, int position) {
        finishAnimation();
        pause();
        loadPlayer(s, shownTitle);
        seek(Math.min(position, s.steps().size()));
    }

    void setProblem(String text) { problem.set(text); }
    ObservableList<ScenarioExtras.CodeLine> codeLines() { return code; }
    CompareMode compareMode() { return compare; }

    /** Shows {@code s}, in the picker and on the picture (a new sandbox run replaces the old one in the list). */
    void choose(Scenario s) {
        int index = scenarios.indexOf(scenarios.stream().filter(x -> x.id().equals(s.id()) && opening.fileOf(x) == null)
                .findFirst().orElse(null));
        if (index >= 0) scenarios.set(index, s);
        else scenarios.add(s);
        selected.set(s);
        if (player.scenario() != s) load(s);
    }

    /** Back to the pipeline, where it was. */
    public void closeCompare() {
        if (!compare.on()) return;
        pause();
        compare.off();
        title.set(player.scenario().title());
        code.setAll(player.scenario().extras().code());
        playback.load(player.scenario().steps());
        playback.setTime(player.lastResult() == null ? 0 : player.lastResult().step().atMs());
        settle();
    }

    /** Compare mode shows its heading and its table's position: the counter, the rows as steps, the narration and the clock. */
    void present(String heading, int pos, boolean forward, boolean back, List<ExplorerRows.StepRow> rows, String text, String clockText) {
        position.set(pos);
        stepCount.set(rows.size());
        canStepForward.set(forward);
        canStepBack.set(back);
        steps.show(rows);
        notes.clear();
        codeLine.set(0);
        narration.set(text);
        clock.set(clockText);
        title.set(heading);
    }

    // ---------------------------------------------------------------- internals

    /**
     * Runs the next step and plays its events. The step that is playing is the current one from its first frame:
     * the counter, the step list, the narration, the code line and the notes move to it at once, and the header's
     * database version follows the Database box as the animation writes it (both read {@link PipelineModel}).
     */
    private void runNext() {
        StepResult r = player.stepForward();
        playback.setTime(r.step().atMs());
        animating = true;
        showPosition();
        events.setAll(ExplorerRows.events(r.events()));
        pipeline.expect(player.simulation(), player.results());
        animator.play(r.events(), pipeline::apply, () -> {
            animating = false;
            settle();
            predictions.revealAfter(r.index());
        });
    }

    void finishAnimation() {
        if (animating) animator.finish();
        animating = false;
    }

    private void load(Scenario s) {
        if (s == null) return;
        finishAnimation();
        compare.off();
        whatIf.clear();
        loadPlayer(s, s.title());
    }

    private void loadPlayer(Scenario s, String shownTitle) {
        try {
            ScenarioRecording recorded = opening.recordingOf(s);
            player = recorded != null ? new ScenarioPlayer(s, recorded) : new ScenarioPlayer(s);
        } catch (RuntimeException e) {
            problem.set("This scenario cannot run: " + e.getMessage());
            return;
        }
        predictions.clear();
        title.set(shownTitle);
        summary.set(s.description());
        stepCount.set(s.steps().size());
        code.setAll(s.extras().code());
        pipeline.runningLine().load(s.extras().code(), s.extras().codeLinePerStep());
        playback.load(s.steps());
        settle();
    }

    /** Everything derived from the engine after a command: rows, pipeline, narration, notes. */
    private void settle() {
        showPosition();
        StepResult last = player.lastResult();
        events.setAll(ExplorerRows.events(last == null ? player.simulation().buildEvents() : last.events()));
        pipeline.snap(player.simulation(), player.results());
        updateClock();
        why.refresh();
        predictions.sync(player.position());
    }

    /** Where the scenario is: the counter, the step list, the narration, the code line, the notes and the clock. */
    private void showPosition() {
        Scenario s = player.scenario();
        int pos = player.position();
        position.set(pos);
        canStepForward.set(player.canStepForward());
        canStepBack.set(player.canStepBack());
        steps.show(s, pos);
        narration.set(ExplorerRows.narration(s, pos));
        codeLine.set(ExplorerRows.codeLine(s, pos));
        notes.setAll(s.extras().notes().stream().filter(n -> n.step() < pos).toList());
        updateClock();
    }

    /** "t = 2.5 s · database v2": the database as the pipeline's Database box shows it at this moment. */
    private void updateClock() {
        if (player == null || compare.on()) return;
        clock.set("t = " + TimeText.clock(playback.time(), playback.end()) + " · database v"
                + pipeline.dbVersionProperty().get());
    }


    /** Runs a step without its prediction question (used once the learner answered or skipped). */
    void runWithoutAsking() {
        finishAnimation();
        if (player != null && player.canStepForward()) runNext();
    }
}
