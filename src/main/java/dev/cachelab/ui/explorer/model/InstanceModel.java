package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.InstanceView;
import dev.cachelab.engine.VirtualClock;
import dev.cachelab.engine.state.CacheEntry;
import dev.cachelab.engine.state.Freshness;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.engine.state.RouteEntry;
import dev.cachelab.engine.state.TagsManifest;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code next start} process as the pipeline shows it: its server lanes, its {@code 'use cache'} entries (its
 * own, judged by its own tags or the shared tag store), its route cache of prerendered pages and its tags manifest.
 * A one-instance app has one of these.
 */
public final class InstanceModel {

    private final String name;
    private final ObservableList<EntryCardModel> entries = FXCollections.observableArrayList();
    private final ObservableList<RouteCardModel> routes = FXCollections.observableArrayList();
    private final ObservableList<TagModel> tags = FXCollections.observableArrayList();
    private final Map<String, EntryCardModel> entryByKey = new LinkedHashMap<>();
    private final Map<String, RouteCardModel> routeByKey = new LinkedHashMap<>();
    /** Each route card's tags (hard and implicit), to strike them as tags are marked mid-step. */
    private final Map<String, List<String>> routeTags = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<ServerModel> server = new ReadOnlyObjectWrapper<>(ServerModel.IDLE);

    InstanceModel(String name) {
        this.name = name;
    }

    public String name() { return name; }
    public ObservableList<EntryCardModel> entries() { return entries; }
    public ObservableList<RouteCardModel> routes() { return routes; }
    public ObservableList<TagModel> tags() { return tags; }
    public ReadOnlyObjectProperty<ServerModel> serverProperty() { return server.getReadOnlyProperty(); }
    public EntryCardModel entry(String key) { return entryByKey.get(key); }
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

    void setServer(ServerModel m) { server.set(m); }
    ServerModel server() { return server.get(); }

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

    /** Every card carrying {@code tag} that was filled before {@code atTick} takes {@code state}. */
    void markTag(String tag, Freshness state, long atTick, boolean entriesToo, boolean routesToo) {
        if (entriesToo) {
            for (EntryCardModel c : entries) {
                if (c.tagsProperty().get().contains(tag) && (c.isGroup() || VirtualClock.msOf(atTick) >= c.filledAtMs())) {
                    if (state == Freshness.EXPIRED || c.freshnessProperty().get() == Freshness.FRESH) {
                        c.freshnessProperty().set(state);
                        c.reasonProperty().set("tag " + tag);
                    }
                }
            }
        }
        if (!routesToo) return;
        for (RouteCardModel r : routes) {
            if (routeTags.getOrDefault(r.key(), List.of()).contains(tag)
                    && (state == Freshness.EXPIRED || r.freshnessProperty().get() == Freshness.FRESH)) {
                r.freshnessProperty().set(state);
                r.reasonProperty().set("tag " + tag);
            }
        }
    }

    /** Sets everything to the instance's state in the engine. */
    void snap(InstanceView view, long tick, long ms, int groupAt) {
        snapEntries(view, tick, ms, groupAt);
        snapRoutes(view, tick, ms);
        List<TagModel> tagRows = new ArrayList<>();
        for (TagsManifest.TagState t : view.manifest().all().values()) tagRows.add(Snapshots.tag(t, tick, ms));
        tagRows.sort((a, b) -> a.tag().compareTo(b.tag()));
        tags.setAll(tagRows);
    }

    /** Re-judges freshness as the clock moves between steps (age-based states, R6, R15); no rebuild. */
    void tick(InstanceView view, long tick, long ms) {
        for (EntryCardModel c : entries) {
            if (c.isGroup()) continue;
            CacheEntry e = view.store().get(c.key());
            if (e != null) judge(c, Freshness.of(e, view.useCacheTags(), tick, ms));
        }
    }

    private void snapEntries(InstanceView view, long tick, long ms, int groupAt) {
        Map<String, List<CacheEntry>> byFunction = new LinkedHashMap<>();
        for (CacheEntry e : view.store().entries()) byFunction.computeIfAbsent(e.function(), f -> new ArrayList<>()).add(e);
        Map<String, EntryCardModel> next = new LinkedHashMap<>();
        for (var group : byFunction.entrySet()) {
            if (group.getValue().size() > groupAt) {
                String key = groupKey(group.getKey());
                EntryCardModel card = entryByKey.containsKey(key) ? entryByKey.get(key) : new EntryCardModel(key, group.getKey());
                snapGroup(card, group.getValue(), view, tick, ms);
                next.put(key, card);
                continue;
            }
            for (CacheEntry e : group.getValue()) {
                EntryCardModel card = entryByKey.containsKey(e.key()) ? entryByKey.get(e.key()) : new EntryCardModel(e.key(), e.function());
                card.countProperty().set(1);
                card.fill(e.output().version(), e.tags(), e.life(), VirtualClock.msOf(e.timestamp()));
                judge(card, Freshness.of(e, view.useCacheTags(), tick, ms));
                card.activityProperty().set("");
                card.regeneratingProperty().set(false);
                next.put(e.key(), card);
            }
        }
        entryByKey.clear();
        entryByKey.putAll(next);
        if (!entries.equals(new ArrayList<>(next.values()))) entries.setAll(next.values());
    }

    private static void snapGroup(EntryCardModel card, List<CacheEntry> members, InstanceView view, long tick, long ms) {
        Map<Freshness, Integer> counts = new EnumMap<>(Freshness.class);
        int maxVersion = 0;
        CacheEntry sample = members.get(0);
        for (CacheEntry e : members) {
            counts.merge(Freshness.of(e, view.useCacheTags(), tick, ms).freshness(), 1, Integer::sum);
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

    private void snapRoutes(InstanceView view, long tick, long ms) {
        Map<String, RouteCardModel> next = new LinkedHashMap<>();
        routeTags.clear();
        for (String p : view.routeCache().pathnames()) {
            for (RouteCopy copy : RouteCopy.values()) {
                RouteEntry e = view.routeCache().get(p, copy);
                if (e == null) continue;
                String key = p + (copy == RouteCopy.MAIN ? "" : " (refresh copy)");
                RouteCardModel card = routeByKey.containsKey(key) ? routeByKey.get(key)
                        : new RouteCardModel(p, copy == RouteCopy.MAIN ? "main" : "refresh");
                card.showsProperty().set(Snapshots.versions(e.outputs()));
                // the route-level cache is always judged by the process's own manifest (spec §7.1)
                Freshness.Judgement j = Freshness.of(e, view.manifest(), tick, ms);
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
