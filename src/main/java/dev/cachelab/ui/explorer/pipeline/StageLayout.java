package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.layout.Region;

/**
 * Where everything sits on the {@link PipelineStage}, in its logical pixels. One instance: people | server over its
 * tags manifest | route cache over the store | database, the write path over the top. Several: people | load
 * balancer | one column per instance (its server beside its tags manifest, its route cache, its store) with the
 * shared tag store across them when there is one, and the one database as a band under them all.
 */
final class StageLayout {

    static final double MIN_HEIGHT = 500;
    /** The band above the columns that the write path (one instance) or the balancer's lane (several) runs through. */
    static final double TOP = 36;
    static final double PEOPLE_X = 0, PEOPLE_W = 250;
    static final double CALLERS_H = 46, GAP = 14;
    // one instance
    static final double SINGLE_WIDTH = 1400;
    static final double SERVER_X = 300, SERVER_W = 340, SERVER_MIN = 230;
    static final double CACHE_X = 690, CACHE_W = 530;
    static final double DB_X = 1270, DB_W = 130, DB_H = 160;
    // several instances
    static final double LB_X = 300, LB_W = 96;
    static final double COLUMNS_X = 446, COLUMN_GAP = 36, DB_BAND_H = 58;
    /** With several instances the tags manifest sits beside the server, taking this share of the column. */
    static final double TAGS_SHARE = 0.44;

    private final PipelineStage stage;

    StageLayout(PipelineStage stage) {
        this.stage = stage;
    }

    /** An instance column's width: wide for two, narrower for three or four. */
    double columnWidth() {
        int n = stage.instances().size();
        return n <= 2 ? 470 : n == 3 ? 400 : 350;
    }

    double width() {
        if (!stage.isMulti()) return SINGLE_WIDTH;
        int n = stage.instances().size();
        return COLUMNS_X + n * columnWidth() + (n - 1) * COLUMN_GAP + 10;
    }

    double height() {
        double content = stage.isMulti() ? multiColumn() : Math.max(people(), Math.max(cacheColumn(), serverColumn()));
        return TOP + Math.max(MIN_HEIGHT - TOP, Math.max(people(), content)) + 8;
    }

    private double screenHeight(Region v) {
        return Math.max(stage.isMulti() ? 170 : 200, v.prefHeight(PEOPLE_W));
    }

    private double people() {
        return screenHeight(stage.userNode()) + screenHeight(stage.visitorNode()) + CALLERS_H + 2 * GAP;
    }

    private double cacheColumn() {
        CachePlaces c = stage.caches();
        return c.route().prefHeight(CACHE_W) + c.store().prefHeight(CACHE_W) + GAP;
    }

    private double serverColumn() {
        return Math.max(SERVER_MIN, stage.serverNode().prefHeight(SERVER_W)) + GAP
                + stage.caches().manifest().prefHeight(SERVER_W);
    }

    private double tagsWidth() {
        return Math.floor(columnWidth() * TAGS_SHARE);
    }

    private double serverWidth() {
        return columnWidth() - tagsWidth() - GAP;
    }

    /**
     * The rows of the instance columns, each as tall as its tallest instance's: the server beside its tags manifest;
     * its route cache; the shared tag store across all columns (when there is one); the store; the database band.
     */
    private double[] rows() {
        double w = columnWidth();
        double server = 0, middle = 0, store = 0;
        for (InstancePlaces p : stage.instances()) {
            server = Math.max(server, Math.max(p.server().prefHeight(serverWidth()),
                    p.caches().manifest().prefHeight(tagsWidth())));
            middle = Math.max(middle, p.caches().route().prefHeight(w));
            store = Math.max(store, Math.max(100, p.caches().store().prefHeight(w)));
        }
        double shared = stage.getChildrenUnmodifiable().contains(stage.sharedTags().place())
                ? stage.sharedTags().place().prefHeight(spanWidth()) : 0;
        return new double[]{server, middle, shared, store, DB_BAND_H};
    }

    private double spanWidth() {
        return width() - 10 - COLUMNS_X;
    }

    private double multiColumn() {
        double h = 0;
        for (double r : rows()) h += r == 0 ? 0 : r + GAP;
        return h - GAP;
    }

    void place(double height) {
        double h = height - TOP - 8;
        double spare = Math.max(0, h - people());
        double uh = screenHeight(stage.userNode()) + spare / 2;
        double vh = screenHeight(stage.visitorNode()) + spare / 2;
        stage.place(stage.userNode(), PEOPLE_X, TOP, PEOPLE_W, uh);
        stage.place(stage.callersNode(), PEOPLE_X + 20, TOP + uh + GAP, PEOPLE_W - 40, CALLERS_H);
        stage.place(stage.visitorNode(), PEOPLE_X, TOP + uh + GAP + CALLERS_H + GAP, PEOPLE_W, vh);
        if (stage.isMulti()) placeMulti(h);
        else placeSingle(h);
    }

    private void placeSingle(double h) {
        CachePlaces c = stage.caches();
        double mh = c.manifest().prefHeight(SERVER_W);
        stage.place(stage.serverNode(), SERVER_X, TOP, SERVER_W, h - mh - GAP);
        stage.place(c.manifest(), SERVER_X, TOP + h - mh, SERVER_W, mh);
        double rh = c.route().prefHeight(CACHE_W);
        double sh = h - rh - GAP;
        stage.place(c.route(), CACHE_X, TOP, CACHE_W, rh);
        stage.place(c.store(), CACHE_X, TOP + rh + GAP, CACHE_W, sh);
        double storeMid = TOP + rh + GAP + sh / 2;
        double dbY = Math.max(TOP, Math.min(storeMid - DB_H / 2, TOP + h - DB_H));
        stage.place(stage.databaseNode(), DB_X, dbY, DB_W, DB_H);
    }

    private void placeMulti(double h) {
        double[] rows = rows();
        double w = columnWidth();
        // whatever height is left over goes to the stores
        double used = 0;
        for (double r : rows) used += r == 0 ? 0 : r + GAP;
        rows[3] += Math.max(0, h - (used - GAP));
        double[] y = new double[rows.length];
        double at = TOP;
        for (int i = 0; i < rows.length; i++) {
            y[i] = at;
            if (rows[i] > 0) at += rows[i] + GAP;
        }
        int k = 0;
        for (InstancePlaces p : stage.instances()) {
            double x = COLUMNS_X + k++ * (w + COLUMN_GAP);
            stage.place(p.server(), x, y[0], serverWidth(), rows[0]);
            stage.place(p.caches().manifest(), x + serverWidth() + GAP, y[0], tagsWidth(), rows[0]);
            stage.place(p.caches().route(), x, y[1], w, rows[1]);
            stage.place(p.caches().store(), x, y[3], w, rows[3]);
        }
        if (rows[2] > 0) stage.place(stage.sharedTags().place(), COLUMNS_X, y[2], spanWidth(), rows[2]);
        double lbH = 110;
        double serverMid = y[0] + rows[0] / 2;
        stage.place(stage.balancerNode(), LB_X, serverMid - lbH / 2, LB_W, lbH);
        stage.place(stage.databaseNode(), COLUMNS_X, y[4], spanWidth(), rows[4]);
    }
}
