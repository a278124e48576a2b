package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.explorer.model.PipelineModel;
import dev.cachelab.ui.explorer.model.ServerModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * The pipeline as one picture, left to right: the people (the user, another visitor, and outside callers such as
 * webhooks) → the server with its three lanes, and under it the tags manifest that invalidations write → the caches
 * (the route cache of prerendered pages, the {@code 'use cache'} store) → the database, with the write path over
 * the top. It is laid out at a
 * fixed logical width ({@link #WIDTH}) and a height that follows its content; {@link FitPane} scales it as a whole to
 * the window. Tokens travel in a layer above everything ({@link #tokens()}), along the drawn edges.
 */
public final class PipelineStage extends Region {

    /** The logical width everything is laid out in; the stage is scaled, never reflowed. */
    public static final double WIDTH = 1400;
    static final double MIN_HEIGHT = 500;
    /** The band above the columns that the write path runs through. */
    static final double TOP = 36;
    static final double PEOPLE_X = 0, PEOPLE_W = 250;
    static final double SERVER_X = 300, SERVER_W = 340;
    static final double CACHE_X = 690, CACHE_W = 530;
    static final double DB_X = 1270, DB_W = 130, DB_H = 160;
    static final double CALLERS_H = 46, GAP = 14, SERVER_MIN = 230;

    /** What a click (or Enter) on a part of the picture asks to explain. */
    public interface Selection {
        void entry(String key);
        void route(String pathname, boolean refreshCopy);
        void viewer(boolean user);
    }

    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", false);
    private final ViewerScreen user;
    private final ViewerScreen visitor;
    private final Label callers;
    private final ServerBox server;
    private final DatabaseBox database;
    private final CachePlaces caches;
    private final Pane edges = new Pane();
    private final Pane tokens = new Pane();
    private final Label writesLabel = edgeLabel("writes");
    private final Label readsLabel = edgeLabel("reads");

    public PipelineStage(PipelineModel model, Selection select) {
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
        Actions.onSelect(user, () -> select.viewer(true));
        Actions.onSelect(visitor, () -> select.viewer(false));
        callers = new Label("Webhooks, cron jobs,\nother servers", new FontIcon("mdi2w-webhook"));
        callers.setId("callersView");
        callers.getStyleClass().add("callers");
        callers.setWrapText(true);
        server = new ServerBox(model.serverProperty(), detailsShown);
        database = new DatabaseBox(model.dbVersionProperty(), model.dbNoteProperty());
        caches = new CachePlaces(model, select, detailsShown);
        edges.getStyleClass().add("edges");
        edges.setMouseTransparent(true);
        edges.getChildren().addAll(writesLabel, readsLabel);
        tokens.getStyleClass().add("tokens");
        tokens.setMouseTransparent(true);
        tokens.setManaged(false);
        getChildren().addAll(edges, user, callers, visitor, server, caches.route(), caches.store(), caches.manifest(),
                database, tokens);
        // a click on the picture (not on a card, which takes the focus itself) leaves the keyboard to the explorer:
        // the focus moves to the picture, never stays in a side panel or a list that keeps the arrow keys
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof javafx.scene.Node n && focusable(n))) requestFocus();
        });
        // the picture is exactly its laid-out size (a pulse or a shadow at the edge must not make it scroll)
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    private boolean focusable(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null && p != this; p = p.getParent()) if (p.isFocusTraversable()) return true;
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

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH;
    }

    @Override
    protected double computeMinWidth(double height) {
        return WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + Math.max(MIN_HEIGHT - TOP, Math.max(people(), Math.max(cacheColumn(), serverColumn()))) + 8;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private double screenHeight(ViewerScreen v) {
        return Math.max(200, v.prefHeight(PEOPLE_W));
    }

    private double people() {
        return screenHeight(user) + screenHeight(visitor) + CALLERS_H + 2 * GAP;
    }

    private double cacheColumn() {
        return caches.route().prefHeight(CACHE_W) + caches.store().prefHeight(CACHE_W) + GAP;
    }

    private double serverColumn() {
        return Math.max(SERVER_MIN, server.prefHeight(SERVER_W)) + GAP + caches.manifest().prefHeight(SERVER_W);
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight() - TOP - 8;
        double spare = Math.max(0, h - people());
        double uh = screenHeight(user) + spare / 2;
        double vh = screenHeight(visitor) + spare / 2;
        place(user, PEOPLE_X, TOP, PEOPLE_W, uh);
        place(callers, PEOPLE_X + 20, TOP + uh + GAP, PEOPLE_W - 40, CALLERS_H);
        place(visitor, PEOPLE_X, TOP + uh + GAP + CALLERS_H + GAP, PEOPLE_W, vh);
        double mh = caches.manifest().prefHeight(SERVER_W);
        place(server, SERVER_X, TOP, SERVER_W, h - mh - GAP);
        place(caches.manifest(), SERVER_X, TOP + h - mh, SERVER_W, mh);
        double rh = caches.route().prefHeight(CACHE_W);
        double sh = h - rh - GAP;
        place(caches.route(), CACHE_X, TOP, CACHE_W, rh);
        place(caches.store(), CACHE_X, TOP + rh + GAP, CACHE_W, sh);
        double storeMid = TOP + rh + GAP + sh / 2;
        double dbY = Math.max(TOP, Math.min(storeMid - DB_H / 2, TOP + h - DB_H));
        place(database, DB_X, dbY, DB_W, DB_H);
        edges.resizeRelocate(0, 0, getWidth(), getHeight());
        tokens.resizeRelocate(0, 0, getWidth(), getHeight());
        Edges.draw(edges, this, writesLabel, readsLabel);
    }

    private void place(Node n, double x, double y, double w, double h) {
        n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
    }

    // ---------------------------------------------------------------- where things are, for edges and tokens

    /** The layer tokens travel in (stage coordinates). */
    public Pane tokens() { return tokens; }

    ViewerScreen userNode() { return user; }
    ViewerScreen visitorNode() { return visitor; }
    Region callersNode() { return callers; }
    ServerBox serverNode() { return server; }
    Region databaseNode() { return database; }
    CachePlaces caches() { return caches; }

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

    /** The server's edge at the height of {@code y}, on the left (toward the people) or the right (the caches). */
    Point2D serverEdge(double y, boolean right) {
        Bounds s = boundsOf(server);
        double clamped = Math.max(s.getMinY() + 12, Math.min(y, s.getMaxY() - 12));
        return new Point2D(right ? s.getMaxX() : s.getMinX(), clamped);
    }

    /** The lane's middle, where a request of that lane arrives. */
    Point2D lane(ServerModel.Lane lane) {
        return centre(server.lane(lane));
    }
}
