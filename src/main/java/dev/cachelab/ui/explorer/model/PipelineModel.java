package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.event.EngineEvent;
import dev.cachelab.engine.state.CacheEntry;
import dev.cachelab.engine.state.Freshness;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.engine.state.RouteEntry;
import dev.cachelab.engine.state.TagsManifest;
import javafx.beans.property.LongProperty;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's state: entry cards, route cards, the tags manifest, the database, the server and the two viewers.
 * While a step's events play, {@link #apply} moves it event by event; {@link #snap} then sets it exactly to the
 * engine's state, so an animation can be cut short at any moment without the picture drifting from the truth.
 */
public final class PipelineModel {

    /** More entries of one function than this are shown as one group card. */
    public static final int GROUP_AT = 12;
    private int groupAt = GROUP_AT;

    private final ObservableList<EntryCardModel> entries = FXCollections.observableArrayList();
    private final ObservableList<RouteCardModel> routes = FXCollections.observableArrayList();
    private final ObservableList<TagModel> tags = FXCollections.observableArrayList();
    private final ObservableList<String> logs = FXCollections.observableArrayList();
    private final Map<String, EntryCardModel> entryByKey = new LinkedHashMap<>();
    private final Map<String, RouteCardModel> routeByKey = new LinkedHashMap<>();
    /** Each route card's tags (hard and implicit), to strike them as tags are marked mid-step. */
    private final Map<String, List<String>> routeTags = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<ViewerModel> user = new ReadOnlyObjectWrapper<>(ViewerModel.nothing("The user", ""));
    private final ReadOnlyObjectWrapper<ViewerModel> visitor = new ReadOnlyObjectWrapper<>(ViewerModel.nothing("Another visitor", ""));
    private final ReadOnlyObjectWrapper<ServerModel> server = new ReadOnlyObjectWrapper<>(ServerModel.IDLE);
    private final ReadOnlyIntegerWrapper dbVersion = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyStringWrapper dbNote = new ReadOnlyStringWrapper("");
    private final LongProperty nowMs = new SimpleLongProperty(0);
    /** What "another visitor" will show once this step's response reaches them (set before the step plays). */
    private ViewerModel pendingVisitor;
    private final RunningLine runningLine = new RunningLine();

    public ObservableList<EntryCardModel> entries() { return entries; }
    public ObservableList<RouteCardModel> routes() { return routes; }
    public ObservableList<TagModel> tags() { return tags; }
    public ObservableList<String> logs() { return logs; }
    public ReadOnlyObjectProperty<ViewerModel> userProperty() { return user.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ViewerModel> visitorProperty() { return visitor.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ServerModel> serverProperty() { return server.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty dbVersionProperty() { return dbVersion.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dbNoteProperty() { return dbNote.getReadOnlyProperty(); }
    /** The virtual clock in ms, for countdowns. */
    public LongProperty nowMsProperty() { return nowMs; }

    /** The code panel's running line, moved by the same events as the picture. */
    public RunningLine runningLine() { return runningLine; }

    public EntryCardModel entry(String key) { return entryByKey.get(key); }

    /** Shows up to {@code n} entries of one function as separate cards (the frame-pacing benchmark raises it). */
    public void setGroupAt(int n) { groupAt = n; }
    public RouteCardModel route(String key) { return routeByKey.get(key); }

    /** The card showing {@code key}: the entry's own card, or its function's group card. */
    public EntryCardModel cardFor(String entryKey) {
        EntryCardModel own = entryByKey.get(entryKey);
        if (own != null) return own;
        int paren = entryKey.indexOf('(');
        return paren < 0 ? null : entryByKey.get(groupKey(entryKey.substring(0, paren)));
    }

    static String groupKey(String function) {
        return function + "(…)";
    }

    // ---------------------------------------------------------------- events, while a step plays

    /** Moves the picture by one event; {@link #snap} corrects anything this approximates. */
    public void apply(EngineEvent e) {
        new EventApplier(this).apply(e);
        runningLine.apply(e);
    }

    void setServer(ServerModel m) { server.set(m); }
    ServerModel server() { return server.get(); }
    void setDb(int version, String note) { dbVersion.set(version); dbNote.set(note); }
    void setUser(ViewerModel m) { user.set(m); }

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
    void setVisitor(ViewerModel m) { visitor.set(m); }
    ViewerModel user() { return user.get(); }

    /** A card for an entry filled mid-step that the picture did not have yet. */
    EntryCardModel ensureEntry(String key) {
        EntryCardModel card = cardFor(key);
        if (card == null) {
            int paren = key.indexOf('(');
            card = new EntryCardModel(key, paren < 0 ? key : key.substring(0, paren));
            entryByKey.put(key, card);
            entries.add(card);
        }
        return card;
    }

    RouteCardModel ensureRoute(String pathname, RouteCopy copy) {
        String key = pathname + (copy == RouteCopy.MAIN ? "" : " (refresh copy)");
        return routeByKey.computeIfAbsent(key, k -> {
            RouteCardModel r = new RouteCardModel(pathname, copy == RouteCopy.MAIN ? "main" : "refresh");
            routes.add(r);
            return r;
        });
    }

    /** Every card carrying {@code tag} that was filled before {@code atMs} takes {@code state}. */
    void markTag(String tag, Freshness state, long atTick) {
        for (EntryCardModel c : entries) {
            if (c.tagsProperty().get().contains(tag) && (c.isGroup() || VirtualClock.msOf(atTick) >= c.filledAtMs())) {
                if (state == Freshness.EXPIRED || c.freshnessProperty().get() == Freshness.FRESH) {
                    c.freshnessProperty().set(state);
                    c.reasonProperty().set("tag " + tag);
                }
            }
        }
        for (RouteCardModel r : routes) {
            if (routeTags.getOrDefault(r.key(), List.of()).contains(tag)
                    && (state == Freshness.EXPIRED || r.freshnessProperty().get() == Freshness.FRESH)) {
                r.freshnessProperty().set(state);
                r.reasonProperty().set("tag " + tag);
            }
        }
    }

    // ---------------------------------------------------------------- snap to the engine

    public void snap(Simulation sim, List<StepResult> results) {
        long tick = sim.nowTick();
        long ms = sim.nowMs();
        nowMs.set(ms);
        snapEntries(sim, tick, ms);
        snapRoutes(sim, tick, ms);
        List<TagModel> tagRows = new ArrayList<>();
        for (TagsManifest.TagState t : sim.manifest().all().values()) tagRows.add(Snapshots.tag(t, tick, ms));
        tagRows.sort((a, b) -> a.tag().compareTo(b.tag()));
        tags.setAll(tagRows);
        StepResult last = results.isEmpty() ? null : results.get(results.size() - 1);
        logs.setAll(last == null ? List.of() : last.logs());
        dbVersion.set(sim.databaseVersion());
        dbNote.set(last == null ? "" : Snapshots.dbNote(last));
        server.set(last == null ? ServerModel.IDLE : Snapshots.server(last));
        user.set(Snapshots.user(sim, last));
        visitor.set(Snapshots.visitor(sim, results));
        pendingVisitor = null;
        runningLine.settle(results);
    }

    /** Re-judges freshness as the clock moves between steps (age-based states, R6, R15); no rebuild. */
    public void tick(Simulation sim) {
        nowMs.set(sim.nowMs());
        for (EntryCardModel c : entries) {
            if (c.isGroup()) continue;
            CacheEntry e = sim.store().get(c.key());
            if (e != null) judge(c, Freshness.of(e, sim.manifest(), sim.nowTick(), sim.nowMs()));
        }
    }

    private void snapEntries(Simulation sim, long tick, long ms) {
        Map<String, List<CacheEntry>> byFunction = new LinkedHashMap<>();
        for (CacheEntry e : sim.store().entries()) byFunction.computeIfAbsent(e.function(), f -> new ArrayList<>()).add(e);
        Map<String, EntryCardModel> next = new LinkedHashMap<>();
        for (var group : byFunction.entrySet()) {
            if (group.getValue().size() > groupAt) {
                String key = groupKey(group.getKey());
                EntryCardModel card = entryByKey.containsKey(key) ? entryByKey.get(key) : new EntryCardModel(key, group.getKey());
                snapGroup(card, group.getValue(), sim, tick, ms);
                next.put(key, card);
                continue;
            }
            for (CacheEntry e : group.getValue()) {
                EntryCardModel card = entryByKey.containsKey(e.key()) ? entryByKey.get(e.key()) : new EntryCardModel(e.key(), e.function());
                card.countProperty().set(1);
                card.fill(e.output().version(), e.tags(), e.life(), VirtualClock.msOf(e.timestamp()));
                judge(card, Freshness.of(e, sim.manifest(), tick, ms));
                card.activityProperty().set("");
                card.regeneratingProperty().set(false);
                next.put(e.key(), card);
            }
        }
        entryByKey.clear();
        entryByKey.putAll(next);
        if (!entries.equals(new ArrayList<>(next.values()))) entries.setAll(next.values());
    }

    private static void snapGroup(EntryCardModel card, List<CacheEntry> members, Simulation sim, long tick, long ms) {
        Map<Freshness, Integer> counts = new EnumMap<>(Freshness.class);
        int maxVersion = 0;
        CacheEntry sample = members.get(0);
        for (CacheEntry e : members) {
            counts.merge(Freshness.of(e, sim.manifest(), tick, ms).freshness(), 1, Integer::sum);
            maxVersion = Math.max(maxVersion, e.output().version());
        }
        card.countProperty().set(members.size());
        card.fill(maxVersion, Snapshots.groupTags(members), sample.life(), VirtualClock.msOf(sample.timestamp()));
        Freshness worst = Freshness.FRESH;
        for (Freshness f : Freshness.values()) if (counts.containsKey(f)) worst = f;
        card.freshnessProperty().set(worst);
        card.reasonProperty().set("");
        card.groupSummaryProperty().set(Snapshots.counts(members.size(), counts));
        card.activityProperty().set("");
        card.regeneratingProperty().set(false);
    }

    private void snapRoutes(Simulation sim, long tick, long ms) {
        Map<String, RouteCardModel> next = new LinkedHashMap<>();
        routeTags.clear();
        for (String p : sim.routeCache().pathnames()) {
            for (RouteCopy copy : RouteCopy.values()) {
                RouteEntry e = sim.routeCache().get(p, copy);
                if (e == null) continue;
                String key = p + (copy == RouteCopy.MAIN ? "" : " (refresh copy)");
                RouteCardModel card = routeByKey.containsKey(key) ? routeByKey.get(key)
                        : new RouteCardModel(p, copy == RouteCopy.MAIN ? "main" : "refresh");
                card.showsProperty().set(Snapshots.versions(e.outputs()));
                Freshness.Judgement j = Freshness.of(e, sim.manifest(), tick, ms);
                card.freshnessProperty().set(j.freshness());
                card.reasonProperty().set(j.tag() == null ? "" : "tag " + j.tag());
                card.originProperty().set(e.isBuildOutput() ? "next build" : "rendered at " + Snapshots.seconds(e.timestamp()));
                card.rendered(VirtualClock.msOf(e.timestamp()), e.life());
                card.activityProperty().set("");
                card.regeneratingProperty().set(false);
                routeTags.put(key, List.copyOf(e.tags()));
                next.put(key, card);
            }
        }
        routeByKey.clear();
        routeByKey.putAll(next);
        if (!routes.equals(new ArrayList<>(next.values()))) routes.setAll(next.values());
    }

    private static void judge(EntryCardModel card, Freshness.Judgement j) {
        card.freshnessProperty().set(j.freshness());
        card.reasonProperty().set(j.tag() == null ? "" : "tag " + j.tag());
    }
}
