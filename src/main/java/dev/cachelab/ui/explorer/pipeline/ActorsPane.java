package dev.cachelab.ui.explorer.pipeline;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The pipeline's top part, laid out for the width it gets. Wide: the user → the server → the database in a row,
 * then another visitor under the user and the {@code 'use cache'} entries under the server. Narrower: the two
 * browsers side by side, then the server → the database, then the entries across the whole width. Narrowest:
 * everything stacked. Wrapped text is measured at the width each box really gets, so nothing is cut and the
 * pipeline never needs a horizontal scroll bar.
 */
final class ActorsPane extends Region {

    private final Region user;
    private final Region visitor;
    private final Region server;
    private final Region db;
    private final Region entries;
    private final Region toServer;
    private final Region toDb;

    ActorsPane(Region user, Region visitor, Region server, Region db, Region entries, Region toServer, Region toDb) {
        this.user = user;
        this.visitor = visitor;
        this.server = server;
        this.db = db;
        this.entries = entries;
        this.toServer = toServer;
        this.toDb = toDb;
        getChildren().addAll(user, toServer, server, toDb, db, visitor, entries);
        getStyleClass().add("pipeline-actors");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double gap() {
        return Math.round(toServer.prefWidth(-1) / 3);
    }

    /** The width of the wide layout's first row, with the server at its smallest. */
    private double wideWidth() {
        double g = gap();
        return user.prefWidth(-1) + toServer.prefWidth(-1) + server.minWidth(-1) + toDb.prefWidth(-1) + db.prefWidth(-1) + 4 * g;
    }

    @Override
    protected double computePrefWidth(double height) {
        double g = gap();
        return user.prefWidth(-1) + toServer.prefWidth(-1) + server.prefWidth(-1) + toDb.prefWidth(-1) + db.prefWidth(-1) + 4 * g;
    }

    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (Region r : new Region[]{user, visitor, server, db, entries}) w = Math.max(w, r.minWidth(-1));
        return w;
    }

    @Override
    protected double computePrefHeight(double width) {
        return arrange(width < 0 ? computePrefWidth(-1) : width, false);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        arrange(getWidth(), true);
    }

    /** Lays the boxes out in {@code width} (or only measures), and returns the height used. */
    private double arrange(double width, boolean apply) {
        double g = gap();
        if (width >= wideWidth()) {
            double bw = user.prefWidth(-1);
            double aw = toServer.prefWidth(-1);
            double dw = db.prefWidth(-1);
            double sx = bw + g + aw + g;
            double sw = width - sx - g - aw - g - dw;
            double h0 = max(user.prefHeight(bw), server.prefHeight(sw), db.prefHeight(dw));
            double vh = visitor.prefHeight(bw);
            double ew = width - sx;
            double eh = entries.prefHeight(ew);
            if (apply) {
                place(user, 0, 0, bw, h0);
                place(toServer, bw + g, 0, aw, h0);
                place(server, sx, 0, sw, h0);
                place(toDb, sx + sw + g, 0, aw, h0);
                place(db, width - dw, 0, dw, h0);
                place(visitor, 0, h0 + g, bw, vh);
                place(entries, sx, h0 + g, ew, eh);
            }
            return h0 + g + Math.max(vh, eh);
        }
        double y = 0;
        // the two browsers side by side when both fit, else one above the other
        double half = (width - g) / 2;
        if (half >= Math.max(user.minWidth(-1), visitor.minWidth(-1))) {
            double h = Math.max(user.prefHeight(half), visitor.prefHeight(half));
            if (apply) {
                place(user, 0, 0, half, h);
                place(visitor, half + g, 0, half, h);
            }
            y = h + g;
        } else {
            double uh = user.prefHeight(width);
            double vh = visitor.prefHeight(width);
            if (apply) {
                place(user, 0, 0, width, uh);
                place(visitor, 0, uh + g, width, vh);
            }
            y = uh + g + vh + g;
        }
        if (apply) place(toServer, 0, 0, 0, 0);
        // the server → the database, or one above the other
        double aw = toDb.prefWidth(-1);
        double dw = db.prefWidth(-1);
        double sw = width - dw - aw - 2 * g;
        if (sw >= server.minWidth(-1)) {
            double h = Math.max(server.prefHeight(sw), db.prefHeight(dw));
            if (apply) {
                place(server, 0, y, sw, h);
                place(toDb, sw + g, y, aw, h);
                place(db, width - dw, y, dw, h);
            }
            y += h + g;
        } else {
            double sh = server.prefHeight(width);
            double dh = db.prefHeight(width);
            if (apply) {
                place(server, 0, y, width, sh);
                place(toDb, 0, 0, 0, 0);
                place(db, 0, y + sh + g, width, dh);
            }
            y += sh + g + dh + g;
        }
        double eh = entries.prefHeight(width);
        if (apply) place(entries, 0, y, width, eh);
        return y + eh;
    }

    private static double max(double a, double b, double c) {
        return Math.max(a, Math.max(b, c));
    }

    private void place(Node n, double x, double y, double w, double h) {
        boolean shown = w > 0 && h > 0;
        n.setVisible(shown);
        if (shown) n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
    }
}
