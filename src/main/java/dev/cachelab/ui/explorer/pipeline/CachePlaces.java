package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.EntryCardModel;
import dev.cachelab.ui.explorer.model.InstanceModel;
import javafx.beans.property.LongProperty;
import dev.cachelab.ui.explorer.model.RouteCardModel;
import dev.cachelab.ui.explorer.model.TagModel;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.cachelab.reference.Evidence;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * The three caches on the pipeline, kept in step with the {@link PipelineModel}: the route cache (one card per
 * prerendered page; its second copies only with details on), the {@code 'use cache'} store (one card per entry, or
 * per function when there are many), and the tags manifest (one chip per tag written).
 */
final class CachePlaces {

    /** What the route cache's second copy is: Cache Lab's own model of behaviour that was measured (R24, R34). */
    static final String SECOND_COPY = "second copy: later router.refresh() calls and repeat Link visits read it, and"
            + " it goes stale and regenerates on its own";
    static final Evidence SECOND_COPY_EVIDENCE = new Evidence(
            Evidence.Kind.MODELLED, "two copies of each prerendered page are Cache Lab's device"
            + " for measured outcomes (R24, R34), not a structure of Next.js");

    private final InstanceModel model;
    private final LongProperty nowMs;
    /** Appended to node ids on every instance but the first ("-on-B"), so each stays unique. */
    private final String idSuffix;
    private static final int ROUTE_COMPACT_AT = 4;
    private static final int STORE_COMPACT_AT = 9;
    private final PipelineStage.Selection select;
    private final BooleanProperty details;
    private final CardGrid routeGrid = new CardGrid("route-grid", ROUTE_COMPACT_AT, 1, Integer.MAX_VALUE);
    private final CardGrid storeGrid = new CardGrid("store-grid", STORE_COMPACT_AT, 1, 8);
    private final Place route;
    private final Place store;
    private final TagList manifest;
    private final Map<EntryCardModel, CacheCard> entryCards = new LinkedHashMap<>();
    /** The entry cards the grid may show: a new card waits for a frame with room for it ({@link CardPacer}). */
    private final Set<CacheCard> admitted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final CardPacer pacer;
    /** The key under which a card's arrival waits in the pacer (its changes wait under the card itself). */
    private record Arrival(CacheCard card) { }
    private final Map<RouteCardModel, CacheCard> routeCards = new LinkedHashMap<>();

    CachePlaces(InstanceModel model, LongProperty nowMs, String idSuffix, PipelineStage.Selection select,
                BooleanProperty details, CardPacer pacer) {
        this.model = model;
        this.pacer = pacer;
        this.nowMs = nowMs;
        this.idSuffix = idSuffix;
        this.select = select;
        this.details = details;
        route = new Place("routePane" + idSuffix, "Route cache · prerendered pages", "mdi2f-file-document-multiple-outline",
                routeGrid, "No prerendered page in this app.");
        store = new Place("entryPane" + idSuffix, "'use cache' store · one entry per function and arguments", "mdi2c-cached",
                storeGrid, "Empty: the store starts empty when the server starts.");
        manifest = new TagList("tagPane" + idSuffix, "Tags manifest · invalidations write here",
                "mdi2t-tag-multiple-outline", "No tag invalidated yet.", model.tags(), details, idSuffix, select::tag);
        model.entries().addListener((ListChangeListener<EntryCardModel>) c -> syncEntries());
        model.routes().addListener((ListChangeListener<RouteCardModel>) c -> syncRoutes());
        details.addListener((o, a, b) -> {
            syncRoutes();
            refreshDetails();
        });
        nowMs.addListener((o, a, b) -> {
            if (details.get()) refreshDetails();
        });
        syncEntries();
        syncRoutes();
    }

    Place route() { return route; }

    /**
     * A narrow column (several instances side by side): page cards become one line from two of them, entries drop
     * their tags (hovering shows them; the manifests list them).
     */
    void setNarrow(boolean narrow) {
        routeGrid.setCompactAt(narrow ? 2 : ROUTE_COMPACT_AT);
        storeGrid.setCompactAt(narrow ? 1 : STORE_COMPACT_AT);
    }
    Place store() { return store; }
    Place manifest() { return manifest.place(); }

    // ---------------------------------------------------------------- lookups for tokens

    Node entryNode(String key) {
        EntryCardModel m = model.cardFor(key);
        CacheCard c = m == null ? null : entryCards.get(m);
        return c == null || c.getParent() == null ? store : c;
    }

    /** A page's card; its second copy's card when shown, else its main card (or the place when it has none). */
    Node routeNode(String pathname, boolean refreshCopy) {
        RouteCardModel m = model.route(pathname + (refreshCopy ? " (refresh copy)" : ""));
        CacheCard c = m == null ? null : routeCards.get(m);
        if (c != null && c.getParent() != null) return c;
        RouteCardModel main = model.route(pathname);
        CacheCard mc = main == null ? null : routeCards.get(main);
        return mc == null ? route : mc;
    }

    Node tagNode(String tag) {
        return manifest.node(tag);
    }

    // ---------------------------------------------------------------- sync

    private void syncEntries() {
        entryCards.keySet().retainAll(model.entries());
        admitted.retainAll(entryCards.values());
        List<CacheCard> arriving = new ArrayList<>();
        for (EntryCardModel m : model.entries()) {
            CacheCard c = entryCards.computeIfAbsent(m, this::entryCard);
            if (!admitted.contains(c)) arriving.add(c);
        }
        showEntries();
        for (CacheCard c : arriving) {
            pacer.submit(new Arrival(c), CardPacer.NEW_CARD, () -> {
                if (!entryCards.containsValue(c)) return; // gone before its turn came
                admitted.add(c);
                showEntries();
            });
        }
    }

    /** The entry cards admitted so far, in the model's order. */
    private void showEntries() {
        List<CacheCard> cards = new ArrayList<>();
        for (EntryCardModel m : model.entries()) {
            CacheCard c = entryCards.get(m);
            if (c != null && admitted.contains(c)) cards.add(c);
        }
        storeGrid.show(cards);
        store.setEmpty(cards.isEmpty());
    }

    private void syncRoutes() {
        routeCards.keySet().retainAll(model.routes());
        List<CacheCard> cards = new ArrayList<>();
        for (RouteCardModel m : model.routes()) {
            CacheCard c = routeCards.computeIfAbsent(m, this::routeCard);
            if (m.copy().equals("main") || details.get()) cards.add(c);
        }
        routeGrid.show(cards);
        route.setEmpty(cards.isEmpty());
    }

    private void refreshDetails() {
        long now = nowMs.get();
        entryCards.forEach((m, c) -> c.detailsProperty().set(entryDetails(m, now)));
        routeCards.forEach((m, c) -> c.detailsProperty().set(routeDetails(m, now)));
    }

    // ---------------------------------------------------------------- cards

    private CacheCard entryCard(EntryCardModel m) {
        CacheCard c = new CacheCard(CacheCard.Kind.ENTRY, m.key());
        // no node id: JavaFX keys its CSS cache by id, so 200 cards with ids of their own would each have their
        // styles matched afresh (≈1 s to add 200, ≈300 ms when a tag strikes them all); CacheCard.key() names it

        c.titleProperty().set(m.key());
        // what the model changes reaches the card through the pacer: a tag striking 200 entries restyles them over
        // a few frames rather than in one
        Runnable copy = () -> {
            c.versionProperty().set("v" + m.versionProperty().get());
            c.freshnessProperty().set(m.freshnessProperty().get());
            c.regeneratingProperty().set(m.regeneratingProperty().get());
            c.tagsProperty().set(m.tagsProperty().get());
            c.subtitleProperty().set(m.groupSummaryProperty().get());
            c.activityProperty().set(m.activityProperty().get());
        };
        copy.run();
        InvalidationListener changed = o -> {
            if (c.getParent() == null && !pacer.pending(c)) copy.run(); // not on screen yet: costs nothing
            else pacer.submit(c, CardPacer.CHANGE, copy);
        };
        for (Observable p : List.of(m.versionProperty(), m.freshnessProperty(), m.regeneratingProperty(),
                m.tagsProperty(), m.groupSummaryProperty(), m.activityProperty())) {
            p.addListener(changed);
        }
        c.detailsShownProperty().bind(details);
        c.detailsProperty().set(entryDetails(m, nowMs.get()));
        c.setOnMouseEntered(e -> c.detailsProperty().set(entryDetails(m, nowMs.get())));
        Actions.onSelect(c, () -> select.entry(m.key()));
        return c;
    }

    private CacheCard routeCard(RouteCardModel m) {
        CacheCard c = new CacheCard(CacheCard.Kind.ROUTE, m.key());
        c.setId("route-" + Actions.idPart(m.key()) + idSuffix);
        c.titleProperty().set(m.pathname());
        c.versionProperty().bind(m.showsProperty().map(CachePlaces::versionsOnly));
        c.freshnessProperty().bind(m.freshnessProperty());
        c.regeneratingProperty().bind(m.regeneratingProperty());
        c.activityProperty().bind(m.activityProperty());
        c.detailsShownProperty().bind(details);
        if (!m.copy().equals("main")) {
            c.subtitleProperty().set(SECOND_COPY);
            c.evidenceProperty().set(SECOND_COPY_EVIDENCE);
            c.getStyleClass().add("second-copy");
        }
        c.detailsProperty().set(routeDetails(m, nowMs.get()));
        c.setOnMouseEntered(e -> c.detailsProperty().set(routeDetails(m, nowMs.get())));
        Actions.onSelect(c, () -> select.route(m.pathname(), !m.copy().equals("main")));
        return c;
    }

    /**
     * "getInvoiceList v1, getCustomer v2" → "v1 · v2" on the card, each version once ("v1, v1" → "v1"); the
     * function names are in the tooltip and the details.
     */
    static String versionsOnly(String shows) {
        if (shows == null || shows.isEmpty()) return "";
        Set<String> out = new LinkedHashSet<>();
        for (String part : shows.split(", ")) {
            int v = part.lastIndexOf(" v");
            out.add(v < 0 ? part : part.substring(v + 1));
        }
        return String.join(" · ", out);
    }

    private static String entryDetails(EntryCardModel m, long now) {
        String reason = m.reasonProperty().get();
        String countdown = m.countdown(now);
        return (reason.isEmpty() ? "" : "made stale by " + reason + "\n") + countdown;
    }

    private static String routeDetails(RouteCardModel m, long now) {
        String reason = m.reasonProperty().get();
        return "shows " + m.showsProperty().get() + "\n" + m.originProperty().get()
                + (reason.isEmpty() ? "" : "\nmade stale by " + reason) + "\n" + m.countdown(now);
    }
}
