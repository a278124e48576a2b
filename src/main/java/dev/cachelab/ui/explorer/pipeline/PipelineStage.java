package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.InstanceModel;
import dev.cachelab.ui.explorer.model.PipelineModel;
import dev.cachelab.ui.explorer.model.ServerModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.css.PseudoClass;

/**
 * The pipeline as one picture, left to right: the people (the user, another visitor, and outside callers such as
 * webhooks) → the server with its three lanes, and under it the tags manifest that invalidations write → the caches
 * (the route cache of prerendered pages, the {@code 'use cache'} store) → the database, with the write path over the
 * top. With several instances, a load balancer stands in front of them and each instance is a column of its own
 * (server, tags manifest, route cache, store) above the one shared database, with the shared tag store, when the
 * app has one, across them ({@link StageLayout}). It is laid out at a fixed logical width and a height that follows
 * its content; {@link FitPane} scales it as a whole to the window. Tokens travel in a layer above everything
 * ({@link #tokens()}), along the drawn edges.
 */
public final class PipelineStage extends Region {

    /** What a click (or Enter) on a part of the picture asks to explain. */
    public interface Selection {
        void entry(String key);
        void route(String pathname, boolean refreshCopy);
        void viewer(boolean user);
        /** A tag of a tags manifest or of the shared tag store. */
        void tag(String tag);
    }

    private final PipelineModel model;
    private final Selection select;
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", false);
    private final ViewerScreen user;
    private final ViewerScreen visitor;
    private final Label callers;
    private final Label balancer;
    private final DatabaseBox database;
    private final TagList shared;
    private final List<InstancePlaces> instances = new ArrayList<>();
    private final Pane edges = new Pane();
    private final Pane tokens = new Pane();
    private final Label writesLabel = edgeLabel("writes");
    private final Label readsLabel = edgeLabel("reads");
    private final StageLayout layout = new StageLayout(this);
    /** Spreads work on many cards over frames (a tag striking 200 entries). */
    private final CardPacer pacer;

    /** {@code motionScale}: the window's motion scale (0: no animation, every card's work done at once). */
    public PipelineStage(PipelineModel model, Selection select, DoubleSupplier motionScale) {
        this.model = model;
        this.pacer = new CardPacer(motionScale);
        this.select = select;
        setId("pipeline");
        getStyleClass().add("pipeline-stage");
        getStylesheets().add(PipelineStage.class.getResource("PipelineStage.css").toExternalForm());
        user = new ViewerScreen("userView", "mdi2a-account", model.userProperty().get());
        visitor = new ViewerScreen("visitorView", "mdi2a-account-multiple", model.visitorProperty().get());
        for (ViewerScreen v : List.of(user, visitor)) {
            v.databaseVersionProperty().bind(model.dbVersionProperty());
            v.detailsShownProperty().bind(detailsShown);
        }
        user.viewerProperty().bind(model.userProperty());
        visitor.viewerProperty().bind(model.visitorProperty());
        user.instanceProperty().bind(model.userInstanceProperty());
        visitor.instanceProperty().bind(model.visitorInstanceProperty());
        Actions.onSelect(user, () -> select.viewer(true));
        Actions.onSelect(visitor, () -> select.viewer(false));
        callers = new Label("Webhooks, cron jobs,\nother servers", new FontIcon("mdi2w-webhook"));
        callers.setId("callersView");
        callers.getStyleClass().add("callers");
        callers.setWrapText(true);
        balancer = new Label("Load\nbalancer", new FontIcon("mdi2s-scale-balance"));
        balancer.setId("loadBalancer");
        balancer.getStyleClass().add("load-balancer");
        balancer.setWrapText(true);
        database = new DatabaseBox(model.dbVersionProperty(), model.dbNoteProperty());
        shared = new TagList("sharedTags", "Shared tag store (cacheHandlers.default) · every instance's 'use cache'"
                + " reads it; the route caches do not", "mdi2d-database-sync", "No tag written yet.",
                model.sharedTags(), detailsShown, "-shared", select::tag);
        edges.getStyleClass().add("edges");
        edges.setMouseTransparent(true);
        edges.getChildren().addAll(writesLabel, readsLabel);
        tokens.getStyleClass().add("tokens");
        tokens.setMouseTransparent(true);
        tokens.setManaged(false);
        model.instances().addListener((ListChangeListener<InstanceModel>) c -> rebuild());
        model.sharedStoreProperty().addListener((o, a, b) -> rebuild());
        rebuild();
        // a click on the picture (not on a card, which takes the focus itself) leaves the keyboard to the explorer:
        // the focus moves to the picture, never stays in a side panel or a list that keeps the arrow keys
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof Node n && focusable(n))) requestFocus();
        });
        // the picture is exactly its laid-out size (a pulse or a shadow at the edge must not make it scroll)
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** One set of places per instance, the balancer and the shared store only when they apply. */
    private void rebuild() {
        instances.clear();
        boolean first = true;
        for (InstanceModel m : model.instances()) {
            instances.add(new InstancePlaces(m, first, model.nowMsProperty(), select, detailsShown, pacer));
            first = false;
        }
        List<Node> children = new ArrayList<>(List.of(edges, user, callers, visitor, database));
        if (isMulti()) children.add(balancer);
        if (isMulti() && model.sharedStoreProperty().get()) children.add(shared.place());
        shared.place().setShort(true);
        database.setBand(isMulti());
        pseudoClassStateChanged(PseudoClass.getPseudoClass("multi"), isMulti());
        for (InstancePlaces p : instances) {
            p.server().setInstanceName(isMulti() ? p.name() : null);
            for (Place place : List.of(p.caches().route(), p.caches().store(), p.caches().manifest())) place.setShort(isMulti());
            p.caches().setNarrow(isMulti());
            children.addAll(List.of(p.server(), p.caches().route(), p.caches().store(), p.caches().manifest()));
        }
        children.add(tokens);
        getChildren().setAll(children);
    }

    private boolean focusable(Node n) {
        for (Node p = n; p != null && p != this; p = p.getParent()) if (p.isFocusTraversable()) return true;
        return false;
    }

    /** Countdowns, the route cache's second copies, timestamps and causes: shown on every card while on. */
    public BooleanProperty detailsShownProperty() { return detailsShown; }

    private static Label edgeLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("edge-label");
        l.setManaged(false);
        return l;
    }

    // ---------------------------------------------------------------- layout

    boolean isMulti() {
        return instances.size() > 1;
    }

    @Override
    protected double computePrefWidth(double height) {
        return layout.width();
    }

    @Override
    protected double computeMinWidth(double height) {
        return layout.width();
    }

    @Override
    protected double computePrefHeight(double width) {
        return layout.height();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        layout.place(getHeight());
        edges.resizeRelocate(0, 0, getWidth(), getHeight());
        tokens.resizeRelocate(0, 0, getWidth(), getHeight());
        Edges.draw(edges, this, writesLabel, readsLabel);
    }

    void place(Node n, double x, double y, double w, double h) {
        n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
    }

    // ---------------------------------------------------------------- where things are, for edges and tokens

    /** The layer tokens travel in (stage coordinates). */
    public Pane tokens() { return tokens; }

    ViewerScreen userNode() { return user; }
    ViewerScreen visitorNode() { return visitor; }
    Region callersNode() { return callers; }
    Region balancerNode() { return balancer; }
    Region databaseNode() { return database; }
    TagList sharedTags() { return shared; }
    List<InstancePlaces> instances() { return instances; }

    /** The places of instance {@code name}; of the instance the latest request went to when it is null. */
    InstancePlaces places(String name) {
        String wanted = name == null ? model.activeInstanceProperty().get() : name;
        for (InstancePlaces p : instances) if (p.name().equals(wanted)) return p;
        return instances.get(0);
    }

    /** The first instance's server and caches: the only ones in a one-instance app. */
    ServerBox serverNode() { return instances.get(0).server(); }
    CachePlaces caches() { return instances.get(0).caches(); }

    /** {@code node}'s bounds in this stage's coordinates (no scene needed: offscreen snapshots have none). */
    Bounds boundsOf(Node node) {
        Bounds b = node.getLayoutBounds();
        Node n = node;
        while (n != null && n != this) {
            b = n.localToParent(b);
            n = n.getParent();
        }
        return b;
    }

    /**
     * Where a token to or from {@code node} should aim: its centre, or, for a card not laid out yet (made in this
     * very step), the centre of the nearest laid-out place around it.
     */
    Point2D centre(Node node) {
        while (node.getLayoutBounds().getWidth() == 0 && node.getParent() != null && node.getParent() != this) {
            node = node.getParent();
        }
        Bounds b = boundsOf(node);
        return new Point2D((b.getMinX() + b.getMaxX()) / 2, (b.getMinY() + b.getMaxY()) / 2);
    }

    /** A server's edge at the height of {@code y}, on the left (toward the people) or the right (the caches). */
    Point2D serverEdge(ServerBox server, double y, boolean right) {
        Bounds s = boundsOf(server);
        double clamped = Math.max(s.getMinY() + 12, Math.min(y, s.getMaxY() - 12));
        return new Point2D(right ? s.getMaxX() : s.getMinX(), clamped);
    }

    /** The lane's middle, where a request of that lane arrives. */
    Point2D lane(ServerBox server, ServerModel.Lane lane) {
        return centre(server.lane(lane));
    }
}
