package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.ExplorerViewModel;
import dev.cachelab.ui.explorer.model.EntryCardModel;
import dev.cachelab.ui.explorer.model.PipelineModel;
import dev.cachelab.ui.explorer.model.RouteCardModel;
import dev.cachelab.ui.explorer.model.TagModel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The animated pipeline, built in code: the user's browser and another visitor, the server, the database, and the
 * cache — {@code 'use cache'} entries, the route cache of prerendered pages, the tags manifest. Cards follow the
 * {@link PipelineModel}; a transparent overlay carries the tokens that travel between them.
 */
public final class PipelineView {

    private final ExplorerViewModel vm;
    private final PipelineModel model;
    private final StackPane root = new StackPane();
    private final Pane overlay = new Pane();
    private final VBox content = new VBox(10);
    private final VBox userCard;
    private final VBox visitorCard;
    private final VBox serverCard;
    private final VBox dbCard;
    private final FlowPane entryPane = new FlowPane(8, 8);
    private final FlowPane routePane = new FlowPane(8, 8);
    private final FlowPane tagPane = new FlowPane(6, 6);
    private final Map<EntryCardModel, EntryCard> entryCards = new LinkedHashMap<>();
    private final Map<RouteCardModel, RouteCard> routeCards = new LinkedHashMap<>();

    public PipelineView(ExplorerViewModel vm) {
        this.vm = vm;
        this.model = vm.pipeline();
        root.getStyleClass().add("pipeline");
        root.setId("pipeline");
        userCard = Actors.browser("userView", "The user", "mdi2a-account", model.userProperty(), () -> vm.why().explainViewer(true));
        visitorCard = Actors.browser("visitorView", "Another visitor", "mdi2a-account-multiple", model.visitorProperty(), () -> vm.why().explainViewer(false));
        serverCard = Actors.server(model.serverProperty());
        dbCard = Actors.database(model.dbVersionProperty(), model.dbNoteProperty());

        for (FlowPane p : new FlowPane[]{entryPane, routePane, tagPane}) p.setRowValignment(javafx.geometry.VPos.TOP);
        entryPane.setId("entryPane");
        routePane.setId("routePane");
        tagPane.setId("tagPane");
        // the user → the server → the database, another visitor, the 'use cache' entries: laid out for the width
        VBox entries = new VBox(4, section("'use cache' entries — one per function + arguments", "mdi2c-cached"), entryPane);
        entries.setMinWidth(0);
        ActorsPane actors = new ActorsPane(userCard, visitorCard, serverCard, dbCard, entries, arrow(), arrow());
        Label legend = new Label("Cache Lab's model keeps each page twice: page loads read its main copy; later"
                + " router.refresh() calls and repeat Link visits read its refresh copy — how it reproduces a refresh that"
                + " still shows old data, which was measured but not explained in Next.js.");
        legend.getStyleClass().add("pipeline-legend");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        VBox cache = new VBox(6,
                section("Route cache — prerendered pages, answered with x-nextjs-cache", "mdi2f-file-document-multiple-outline"),
                legend,
                routePane,
                section("Tags manifest — invalidation writes a timestamp here, nothing else", "mdi2t-tag-multiple-outline"),
                tagPane);
        cache.getStyleClass().add("pipeline-cache");
        content.getChildren().addAll(actors, cache);
        content.setPadding(new Insets(8));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // everything reflows to the width instead
        scroll.setId("pipelineScroll");
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        overlay.getStyleClass().add("pipeline-overlay");
        root.getChildren().addAll(scroll, overlay);

        model.entries().addListener((ListChangeListener<EntryCardModel>) this::entriesChanged);
        model.routes().addListener((ListChangeListener<RouteCardModel>) c -> syncRoutes());
        model.tags().addListener((ListChangeListener<TagModel>) c -> syncTags());
        syncEntries();
        syncRoutes();
        syncTags();
    }

    public Node root() {
        return root;
    }

    Pane overlay() {
        return overlay;
    }

    private static Label arrow() {
        Label a = new Label("", new FontIcon("mdi2a-arrow-right-thick"));
        a.getStyleClass().add("pipeline-arrow");
        return a;
    }

    private static Label section(String text, String icon) {
        Label l = new Label(text, new FontIcon(icon));
        l.getStyleClass().add("pipeline-section");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** What an empty part of the pipeline says, wrapped to the width. */
    private static Label empty(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-note");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Appends cards for entries added at the end (the common case mid-step); anything else re-syncs all cards. */
    private void entriesChanged(ListChangeListener.Change<? extends EntryCardModel> c) {
        boolean appendsOnly = !entryCards.isEmpty();
        while (c.next()) {
            if (c.wasPermutated() || c.wasRemoved() || c.getFrom() != c.getList().size() - c.getAddedSize()) appendsOnly = false;
        }
        if (!appendsOnly) {
            syncEntries();
            return;
        }
        c.reset();
        while (c.next()) {
            for (EntryCardModel m : c.getAddedSubList()) {
                EntryCard card = new EntryCard(m, model.nowMsProperty(), () -> vm.why().explainEntry(m.key()));
                entryCards.put(m, card);
                entryPane.getChildren().add(card.frame());
            }
        }
    }

    private void syncEntries() {
        entryCards.keySet().retainAll(model.entries());
        for (EntryCardModel m : model.entries()) {
            entryCards.computeIfAbsent(m, k -> new EntryCard(k, model.nowMsProperty(), () -> vm.why().explainEntry(k.key())));
        }
        entryPane.getChildren().setAll(model.entries().stream().map(m -> (Node) entryCards.get(m).frame()).toList());
        if (model.entries().isEmpty()) {
            entryPane.getChildren().setAll(empty("No entry yet: the 'use cache' store is empty when the server starts (R3)."));
        }
    }

    private void syncRoutes() {
        routeCards.keySet().retainAll(model.routes());
        for (RouteCardModel m : model.routes()) {
            routeCards.computeIfAbsent(m, k -> new RouteCard(k, model.nowMsProperty(),
                    () -> vm.why().explainRoute(k.pathname(), !k.copy().equals("main"))));
        }
        routePane.getChildren().setAll(model.routes().stream().map(m -> (Node) routeCards.get(m).frame()).toList());
        if (model.routes().isEmpty()) routePane.getChildren().setAll(empty("No prerendered page in this app."));
    }

    private void syncTags() {
        tagPane.getChildren().setAll(model.tags().stream().map(t -> (Node) whyOnSelect(Actors.tag(t), () -> vm.why().explainTag(t.tag()))).toList());
        if (model.tags().isEmpty()) tagPane.getChildren().setAll(empty("No tag invalidated yet."));
    }

    /** A manifest tag explains itself in Why? when clicked, or focused and Enter/Space pressed. */
    private static Node whyOnSelect(Node n, Runnable why) {
        n.setFocusTraversable(true);
        n.setOnMouseClicked(e -> why.run());
        n.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) why.run();
        });
        return n;
    }

    // ---- where things are, for the animator ----

    Node userNode() { return userCard; }
    Node visitorNode() { return visitorCard; }
    Node serverNode() { return serverCard; }
    Node dbNode() { return dbCard; }
    Node tagsNode() { return tagPane; }

    Node entryNode(String key) {
        EntryCardModel m = model.cardFor(key);
        EntryCard c = m == null ? null : entryCards.get(m);
        return c == null ? entryPane : c.node();
    }

    Node routeNode(String pathname, boolean refreshCopy) {
        RouteCardModel m = model.route(pathname + (refreshCopy ? " (refresh copy)" : ""));
        RouteCard c = m == null ? null : routeCards.get(m);
        return c == null ? routePane : c.node();
    }

    /**
     * The centre of {@code node} in the overlay's coordinates. A card created during this step is not laid out until
     * the next pulse; its token heads for the nearest laid-out box around it (its section) instead. Laying the
     * pipeline out here, once per token, cost a layout of every card per event when hundreds of entries appear.
     */
    Point2D centre(Node node) {
        while (node.getLayoutBounds().getWidth() == 0 && node.getParent() != null && node.getParent() != root) {
            node = node.getParent();
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Point2D p = overlay.sceneToLocal((b.getMinX() + b.getMaxX()) / 2, (b.getMinY() + b.getMaxY()) / 2);
        double x = Math.max(8, Math.min(p.getX(), overlay.getWidth() - 8));
        double y = Math.max(8, Math.min(p.getY(), overlay.getHeight() - 8));
        return new Point2D(x, y);
    }
}
