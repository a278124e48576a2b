package dev.cachelab.ui.explorer.pipeline;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The paths on the stage that edges are drawn along and tokens travel on, in stage coordinates. One instance: the
 * server sits between the people and the caches. Several: requests pass the load balancer to their instance's
 * column, and each column's caches hang below its server, the shared database below them all.
 */
final class Routes {

    private final PipelineStage stage;

    Routes(PipelineStage stage) {
        this.stage = stage;
    }

    private static double midY(Bounds b) {
        return (b.getMinY() + b.getMaxY()) / 2;
    }

    private static double midX(Bounds b) {
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    /** From a person (or outside caller) to the server of {@code to} (through the balancer when there are several). */
    List<Point2D> request(Node who, InstancePlaces to) {
        Bounds b = stage.boundsOf(who);
        double y = midY(b);
        if (!stage.isMulti()) return List.of(new Point2D(b.getMaxX(), y), stage.serverEdge(to.server(), y, false));
        Bounds lb = stage.boundsOf(stage.balancerNode());
        double ly = Math.max(lb.getMinY() + 10, Math.min(y, lb.getMaxY() - 10));
        List<Point2D> path = new ArrayList<>(List.of(new Point2D(b.getMaxX(), y), new Point2D(lb.getMinX(), ly)));
        path.addAll(fromBalancer(to));
        return path;
    }

    /** From the balancer's right side to a server: straight to the first column, over the top to the others. */
    List<Point2D> fromBalancer(InstancePlaces to) {
        Bounds lb = stage.boundsOf(stage.balancerNode());
        Bounds s = stage.boundsOf(to.server());
        double y = midY(lb);
        if (to == stage.instances().get(0)) return List.of(new Point2D(lb.getMaxX(), y), new Point2D(s.getMinX(), y));
        double lane = StageLayout.TOP / 2;
        double x = lb.getMaxX() + 14;
        return List.of(new Point2D(lb.getMaxX(), y), new Point2D(x, y), new Point2D(x, lane),
                new Point2D(midX(s), lane), new Point2D(midX(s), s.getMinY()));
    }

    /** From the server of {@code from} to a cache place or card. */
    List<Point2D> toCache(Node target, InstancePlaces from) {
        Bounds b = stage.boundsOf(target);
        if (b.getWidth() == 0) {
            Point2D c = stage.centre(target);
            return List.of(stage.serverEdge(from.server(), c.getY(), true), c);
        }
        Bounds s = stage.boundsOf(from.server());
        if (stage.isMulti()) return List.of(new Point2D(midX(b), s.getMaxY()), new Point2D(midX(b), b.getMinY()));
        // level where the server and the target overlap (a straight arrow), else from the server's nearest point
        double top = Math.max(b.getMinY(), s.getMinY()) + 12;
        double bottom = Math.min(b.getMaxY(), s.getMaxY()) - 12;
        double mid = midY(b);
        double y = top <= bottom ? Math.max(top, Math.min(mid, bottom)) : mid;
        return List.of(stage.serverEdge(from.server(), y, true), new Point2D(b.getMinX(), y));
    }

    /**
     * From the server of {@code from} to a tag of its manifest (or the manifest, or the shared store): down to the
     * manifest under it (one instance), right to the manifest beside it or down to the shared store (several).
     */
    List<Point2D> toManifest(Node target, InstancePlaces from) {
        Bounds s = stage.boundsOf(from.server());
        Point2D to = stage.centre(target);
        Bounds b = stage.boundsOf(target);
        if (stage.isMulti() && b.getMinY() < s.getMaxY()) {
            double y = Math.max(s.getMinY() + 12, Math.min(to.getY(), s.getMaxY() - 12));
            return List.of(new Point2D(s.getMaxX(), y), new Point2D(b.getWidth() > 0 ? b.getMinX() : to.getX(), y));
        }
        if (b.getHeight() > 0) to = new Point2D(to.getX(), b.getMinY());
        double x = stage.isMulti() ? Math.max(s.getMinX() + 12, Math.min(to.getX(), s.getMaxX() - 12)) : to.getX();
        return List.of(new Point2D(x, s.getMaxY()), to);
    }

    /** From the database to a store place or card (the database's left side; with several, its band's top). */
    List<Point2D> read(Node target) {
        Bounds db = stage.boundsOf(stage.databaseNode());
        Point2D to = stage.centre(target);
        Bounds b = stage.boundsOf(target);
        if (stage.isMulti()) {
            if (b.getWidth() > 0) to = new Point2D(to.getX(), b.getMaxY());
            return List.of(new Point2D(to.getX(), db.getMinY()), to);
        }
        double dy = midY(db);
        if (b.getWidth() > 0) to = new Point2D(b.getMaxX(), to.getY());
        return List.of(new Point2D(db.getMinX(), dy), new Point2D((db.getMinX() + to.getX()) / 2, dy), to);
    }

    /** From the server of {@code from} to the database: over the top (one instance) or down its column's gutter. */
    List<Point2D> write(InstancePlaces from) {
        Bounds s = stage.boundsOf(from.server());
        Bounds db = stage.boundsOf(stage.databaseNode());
        if (stage.isMulti()) {
            double x = s.getMaxX() + StageLayout.COLUMN_GAP / 2;
            double y = s.getMinY() + 24;
            return List.of(new Point2D(s.getMaxX(), y), new Point2D(x, y), new Point2D(x, db.getMinY()));
        }
        double lane = StageLayout.TOP / 2;
        double sx = midX(s);
        double dx = midX(db);
        return List.of(new Point2D(sx, s.getMinY()), new Point2D(sx, lane), new Point2D(dx, lane),
                new Point2D(dx, db.getMinY()));
    }

    static List<Point2D> reversed(List<Point2D> path) {
        List<Point2D> r = new ArrayList<>(path);
        Collections.reverse(r);
        return r;
    }
}
