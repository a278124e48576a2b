package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.EntryCardModel;
import dev.cachelab.ui.explorer.model.PipelineModel;
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

/**
 * The three caches on the pipeline, kept in step with the {@link PipelineModel}: the route cache (one card per
 * prerendered page; its second copies only with details on), the {@code 'use cache'} store (one card per entry, or
 * per function when there are many), and the tags manifest (one chip per tag written).
 */
final class CachePlaces {

    /** What the route cache's second copy is: Cache Lab's own model of behaviour that was measured (R24, R34). */
    static final String SECOND_COPY = "second copy — Cache Lab's model: later router.refresh() calls and repeat Link"
            + " visits read it, and it goes stale and regenerates on its own";

    private final PipelineModel model;
    private final PipelineStage.Selection select;
    private final BooleanProperty details;
    private final CardGrid routeGrid = new CardGrid("route-grid", 4, 1, Integer.MAX_VALUE);
    private final CardGrid storeGrid = new CardGrid("store-grid", 9, 1, 8);
    private final FlowPane tagFlow = CardSkinParts.row("manifest-tags");
    private final Place route;
    private final Place store;
    private final Place manifest;
    private final Map<EntryCardModel, CacheCard> entryCards = new LinkedHashMap<>();
    private final Map<RouteCardModel, CacheCard> routeCards = new LinkedHashMap<>();
    private final Map<String, Label> tagChips = new LinkedHashMap<>();

    CachePlaces(PipelineModel model, PipelineStage.Selection select, BooleanProperty details) {
        this.model = model;
        this.select = select;
        this.details = details;
        route = new Place("routePane", "Route cache · prerendered pages", "mdi2f-file-document-multiple-outline",
                routeGrid, "No prerendered page in this app.");
        store = new Place("entryPane", "'use cache' store · one entry per function and arguments", "mdi2c-cached",
                storeGrid, "Empty: the store starts empty when the server starts.");
        manifest = new Place("tagPane", "Tags manifest · invalidations write here", "mdi2t-tag-multiple-outline",
                tagFlow, "No tag invalidated yet.");
        model.entries().addListener((ListChangeListener<EntryCardModel>) c -> syncEntries());
        model.routes().addListener((ListChangeListener<RouteCardModel>) c -> syncRoutes());
        model.tags().addListener((ListChangeListener<TagModel>) c -> syncTags());
        details.addListener((o, a, b) -> {
            syncRoutes();
            syncTags();
            refreshDetails();
        });
        model.nowMsProperty().addListener((o, a, b) -> {
            if (details.get()) refreshDetails();
        });
        syncEntries();
        syncRoutes();
        syncTags();
    }

    Place route() { return route; }
    Place store() { return store; }
    Place manifest() { return manifest; }

    // ---------------------------------------------------------------- lookups for tokens

    Node entryNode(String key) {
        EntryCardModel m = model.cardFor(key);
        CacheCard c = m == null ? null : entryCards.get(m);
        return c == null ? store : c;
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
        Label chip = tagChips.get(tag);
        return chip == null ? manifest : chip;
    }

    // ---------------------------------------------------------------- sync

    private void syncEntries() {
        entryCards.keySet().retainAll(model.entries());
        List<CacheCard> cards = new ArrayList<>();
        for (EntryCardModel m : model.entries()) cards.add(entryCards.computeIfAbsent(m, this::entryCard));
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

    private void syncTags() {
        List<Node> chips = new ArrayList<>();
        tagChips.clear();
        for (TagModel t : model.tags()) {
            Label chip = tagChip(t);
            tagChips.put(t.tag(), chip);
            chips.add(chip);
        }
        tagFlow.getChildren().setAll(chips);
        manifest.setEmpty(chips.isEmpty());
    }

    private void refreshDetails() {
        long now = model.nowMsProperty().get();
        entryCards.forEach((m, c) -> c.detailsProperty().set(entryDetails(m, now)));
        routeCards.forEach((m, c) -> c.detailsProperty().set(routeDetails(m, now)));
    }

    // ---------------------------------------------------------------- cards

    private CacheCard entryCard(EntryCardModel m) {
        CacheCard c = new CacheCard(CacheCard.Kind.ENTRY, m.key());
        c.setId("entry-" + Actions.idPart(m.key()));
        c.titleProperty().set(m.key());
        c.versionProperty().bind(m.versionProperty().asString("v%d"));
        c.freshnessProperty().bind(m.freshnessProperty());
        c.regeneratingProperty().bind(m.regeneratingProperty());
        c.tagsProperty().bind(m.tagsProperty());
        c.subtitleProperty().bind(m.groupSummaryProperty());
        c.activityProperty().bind(m.activityProperty());
        c.detailsShownProperty().bind(details);
        c.detailsProperty().set(entryDetails(m, model.nowMsProperty().get()));
        c.setOnMouseEntered(e -> c.detailsProperty().set(entryDetails(m, model.nowMsProperty().get())));
        Actions.onSelect(c, () -> select.entry(m.key()));
        return c;
    }

    private CacheCard routeCard(RouteCardModel m) {
        CacheCard c = new CacheCard(CacheCard.Kind.ROUTE, m.key());
        c.setId("route-" + Actions.idPart(m.key()));
        c.titleProperty().set(m.pathname());
        c.versionProperty().bind(m.showsProperty().map(CachePlaces::versionsOnly));
        c.freshnessProperty().bind(m.freshnessProperty());
        c.regeneratingProperty().bind(m.regeneratingProperty());
        c.activityProperty().bind(m.activityProperty());
        c.detailsShownProperty().bind(details);
        if (!m.copy().equals("main")) {
            c.subtitleProperty().set(SECOND_COPY);
            c.getStyleClass().add("second-copy");
        }
        c.detailsProperty().set(routeDetails(m, model.nowMsProperty().get()));
        c.setOnMouseEntered(e -> c.detailsProperty().set(routeDetails(m, model.nowMsProperty().get())));
        Actions.onSelect(c, () -> select.route(m.pathname(), !m.copy().equals("main")));
        return c;
    }

    /**
     * "getInvoiceList v1, getCustomer v2" → "v1 · v2" on the card, each version once ("v1, v1" → "v1"); the
     * function names are in the tooltip and the details.
     */
    static String versionsOnly(String shows) {
        if (shows == null || shows.isEmpty()) return "";
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
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

    private Label tagChip(TagModel t) {
        Label chip = new Label(t.tag(), new FontIcon(t.state().equals("expired") ? "mdi2c-close-circle" : "mdi2c-clock-alert-outline"));
        chip.setId("tag-" + Actions.idPart(t.tag()));
        chip.getStyleClass().add("manifest-tag");
        chip.setWrapText(true);
        chip.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chip.setMaxWidth(PipelineStage.SERVER_W - 24); // the manifest sits under the server: a long tag wraps
        chip.setFocusTraversable(true);
        chip.pseudoClassStateChanged(PseudoClass.getPseudoClass("stale"), t.state().equals("stale"));
        chip.pseudoClassStateChanged(PseudoClass.getPseudoClass("expired"), t.state().equals("expired"));
        String when = t.state() + " · stale since " + t.stale() + " · expires " + t.expired() + "\n" + t.cause();
        Tooltip tip = new Tooltip(t.tag() + "\n" + when);
        tip.getStyleClass().add("help-tooltip");
        Tooltip.install(chip, tip);
        chip.setAccessibleText("tag " + t.tag() + ", " + t.state() + ", written by " + t.cause());
        chip.setText(t.tag() + (t.state().isEmpty() ? "" : " · " + t.state()) + (details.get() ? "\n" + when : ""));
        return chip;
    }
}
