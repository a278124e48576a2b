package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.InstanceView;
import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.TagsManifest;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import dev.cachelab.engine.Step;

/**
 * The pipeline's state: the two viewers, the database, and one {@link InstanceModel} per {@code next start} process
 * (its server, entry cards, route cards and tags manifest), plus the shared tag store when the app has one. While a
 * step's events play, {@link #apply} moves it event by event; {@link #snap} then sets it exactly to the engine's
 * state, so an animation can be cut short at any moment without the picture drifting from the truth. The
 * single-instance accessors ({@link #entries()}, {@link #routes()}, …) are the first instance's.
 */
public final class PipelineModel {

    /** More entries of one function than this are shown as one group card. */
    public static final int GROUP_AT = 12;
    private int groupAt = GROUP_AT;

    private final ObservableList<InstanceModel> instances = FXCollections.observableArrayList(new InstanceModel("A"));
    private final ObservableList<TagModel> sharedTags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper sharedStore = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> logs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ViewerModel> user = new ReadOnlyObjectWrapper<>(ViewerModel.nothing("The user", ""));
    private final ReadOnlyObjectWrapper<ViewerModel> visitor = new ReadOnlyObjectWrapper<>(ViewerModel.nothing("Another visitor", ""));
    private final ReadOnlyIntegerWrapper dbVersion = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyStringWrapper dbNote = new ReadOnlyStringWrapper("");
    /** The instance the latest request went to: where the picture's token arrives, and what a lone event moves. */
    private final ReadOnlyStringWrapper activeInstance = new ReadOnlyStringWrapper("A");
    private final LongProperty nowMs = new SimpleLongProperty(0);
    /** Which instance each person's page came from (several instances only; empty otherwise). */
    private final ReadOnlyStringWrapper userInstance = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper visitorInstance = new ReadOnlyStringWrapper("");
    /** What "another visitor" will show once this step's response reaches them (set before the step plays). */
    private ViewerModel pendingVisitor;
    private final RunningLine runningLine = new RunningLine();

    /** One per {@code next start} process, in the deployment's order. */
    public ObservableList<InstanceModel> instances() { return instances; }
    /** The shared tag store's tags, when the app has one ({@link #sharedStoreProperty}). */
    public ObservableList<TagModel> sharedTags() { return sharedTags; }
    public ReadOnlyBooleanProperty sharedStoreProperty() { return sharedStore.getReadOnlyProperty(); }
    public ReadOnlyStringProperty activeInstanceProperty() { return activeInstance.getReadOnlyProperty(); }
    public ReadOnlyStringProperty userInstanceProperty() { return userInstance.getReadOnlyProperty(); }
    public ReadOnlyStringProperty visitorInstanceProperty() { return visitorInstance.getReadOnlyProperty(); }
    public ObservableList<EntryCardModel> entries() { return first().entries(); }
    public ObservableList<RouteCardModel> routes() { return first().routes(); }
    public ObservableList<TagModel> tags() { return first().tags(); }
    public ObservableList<String> logs() { return logs; }
    public ReadOnlyObjectProperty<ViewerModel> userProperty() { return user.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ViewerModel> visitorProperty() { return visitor.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ServerModel> serverProperty() { return first().serverProperty(); }
    public ReadOnlyIntegerProperty dbVersionProperty() { return dbVersion.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dbNoteProperty() { return dbNote.getReadOnlyProperty(); }
    /** The virtual clock in ms, for countdowns. */
    public LongProperty nowMsProperty() { return nowMs; }

    /** The code panel's running line, moved by the same events as the picture. */
    public RunningLine runningLine() { return runningLine; }

    public EntryCardModel entry(String key) { return first().entry(key); }
    public RouteCardModel route(String key) { return first().route(key); }
    public EntryCardModel cardFor(String entryKey) { return first().cardFor(entryKey); }

    /** Shows up to {@code n} entries of one function as separate cards (the frame-pacing benchmark raises it). */
    public void setGroupAt(int n) { groupAt = n; }

    private InstanceModel first() {
        return instances.get(0);
    }

    /** The instance named {@code name}; the active one when the name is null or unknown. */
    public InstanceModel instance(String name) {
        String wanted = name == null ? activeInstance.get() : name;
        for (InstanceModel i : instances) if (i.name().equals(wanted)) return i;
        return first();
    }

    // ---------------------------------------------------------------- events, while a step plays

    /** Moves the picture by one event; {@link #snap} corrects anything this approximates. */
    public void apply(EngineEvent e) {
        if (e.instance() != null && (e instanceof EngineEvent.RequestStarted || e instanceof EngineEvent.StepStarted)) {
            activeInstance.set(e.instance());
        }
        new EventApplier(this, instance(e.instance())).apply(e);
        runningLine.apply(e);
    }

    void setDb(int version, String note) { dbVersion.set(version); dbNote.set(note); }
    void setUser(ViewerModel m) { user.set(m); }
    ViewerModel user() { return user.get(); }

    /** Strikes {@code tag} in the shared store's list as it is written there mid-step. */
    void markShared(TagModel row) {
        for (int i = 0; i < sharedTags.size(); i++) {
            if (sharedTags.get(i).tag().equals(row.tag())) {
                sharedTags.set(i, row);
                return;
            }
        }
        sharedTags.add(row);
    }

    /**
     * Before a step's events play: what the other person will see when the response reaches them, so their page
     * changes as the response arrives rather than when the step's background work has also been shown.
     */
    public void expect(Simulation sim, List<StepResult> results) {
        pendingVisitor = Snapshots.visitor(sim, results);
    }

    void answered(EngineEvent.ResponseSent r) {
        showVisitorNow();
    }

    void showVisitorNow() {
        if (pendingVisitor != null) visitor.set(pendingVisitor);
    }

    // ---------------------------------------------------------------- snap to the engine

    public void snap(Simulation sim, List<StepResult> results) {
        long tick = sim.nowTick();
        long ms = sim.nowMs();
        nowMs.set(ms);
        List<InstanceView> views = sim.instances();
        if (!names(views).equals(instances.stream().map(InstanceModel::name).toList())) {
            List<InstanceModel> next = new ArrayList<>();
            for (InstanceView v : views) next.add(new InstanceModel(v.name()));
            instances.setAll(next);
        }
        for (int i = 0; i < views.size(); i++) instances.get(i).snap(views.get(i), tick, ms, groupAt);
        boolean shared = sim.sharedTags() != null;
        sharedStore.set(shared);
        List<TagModel> rows = new ArrayList<>();
        if (shared) for (TagsManifest.TagState t : sim.sharedTags().all().values()) rows.add(Snapshots.tag(t, tick, ms));
        rows.sort((a, b) -> a.tag().compareTo(b.tag()));
        sharedTags.setAll(rows);
        StepResult last = results.isEmpty() ? null : results.get(results.size() - 1);
        logs.setAll(last == null ? List.of() : last.logs());
        dbVersion.set(sim.databaseVersion());
        dbNote.set(last == null ? "" : Snapshots.dbNote(last));
        for (InstanceModel i : instances) i.setServer(ServerModel.IDLE);
        String on = last == null || last.instance() == null ? instances.get(0).name() : last.instance();
        activeInstance.set(on);
        if (last != null) instance(on).setServer(Snapshots.server(last));
        user.set(Snapshots.user(sim, last));
        visitor.set(Snapshots.visitor(sim, results));
        boolean multi = instances.size() > 1;
        String pinned = multi ? sim.pinnedInstance(Step.USER) : null;
        userInstance.set(pinned == null ? "" : pinned);
        int v = Snapshots.visitorStep(results);
        String visitorOn = multi && v >= 0 ? results.get(v).instance() : null;
        visitorInstance.set(visitorOn == null ? "" : visitorOn);
        pendingVisitor = null;
        runningLine.settle(results);
    }

    private static List<String> names(List<InstanceView> views) {
        return views.stream().map(InstanceView::name).toList();
    }

    /** Re-judges freshness as the clock moves between steps (age-based states, R6, R15); no rebuild. */
    public void tick(Simulation sim) {
        nowMs.set(sim.nowMs());
        List<InstanceView> views = sim.instances();
        for (int i = 0; i < views.size() && i < instances.size(); i++) {
            instances.get(i).tick(views.get(i), sim.nowTick(), sim.nowMs());
        }
    }

}
