package dev.cachelab.ui.explorer.pipeline;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The paths on the stage that edges are drawn along and tokens travel on, in stage coordinates. */
final class Routes {

    private final PipelineStage stage;

    Routes(PipelineStage stage) {
        this.stage = stage;
    }

    /** From a person (or outside caller) to the server's left edge, level with them. */
    List<Point2D> request(Node who) {
        Bounds b = stage.boundsOf(who);
        double y = (b.getMinY() + b.getMaxY()) / 2;
        return List.of(new Point2D(b.getMaxX(), y), stage.serverEdge(y, false));
    }

    /** From the server's right edge to the left side of a cache place or card. */
    List<Point2D> toCache(Node target) {
        Bounds b = stage.boundsOf(target);
        if (b.getWidth() == 0) {
            Point2D c = stage.centre(target);
            return List.of(stage.serverEdge(c.getY(), true), c);
        }
        // level where the server and the target overlap (a straight arrow), else from the server's nearest point
        Bounds s = stage.boundsOf(stage.serverNode());
        double top = Math.max(b.getMinY(), s.getMinY()) + 12;
        double bottom = Math.min(b.getMaxY(), s.getMaxY()) - 12;
        double mid = (b.getMinY() + b.getMaxY()) / 2;
        double y = top <= bottom ? Math.max(top, Math.min(mid, bottom)) : mid;
        return List.of(stage.serverEdge(y, true), new Point2D(b.getMinX(), y));
    }

    /** From the server's bottom down to a tag of the manifest under it (or the manifest itself). */
    List<Point2D> toManifest(Node target) {
        Bounds s = stage.boundsOf(stage.serverNode());
        Point2D to = stage.centre(target);
        Bounds b = stage.boundsOf(target);
        if (b.getHeight() > 0) to = new Point2D(to.getX(), b.getMinY());
        return List.of(new Point2D(to.getX(), s.getMaxY()), to);
    }

    /** From the database's left side to the right side of a store place or card. */
    List<Point2D> read(Node target) {
        Bounds db = stage.boundsOf(stage.databaseNode());
        double dy = (db.getMinY() + db.getMaxY()) / 2;
        Point2D to = stage.centre(target);
        Bounds b = stage.boundsOf(target);
        if (b.getWidth() > 0) to = new Point2D(b.getMaxX(), to.getY());
        return List.of(new Point2D(db.getMinX(), dy), new Point2D((db.getMinX() + to.getX()) / 2, dy), to);
    }

    /** From the server's top, over the caches, down into the database. */
    List<Point2D> write() {
        Bounds s = stage.boundsOf(stage.serverNode());
        Bounds db = stage.boundsOf(stage.databaseNode());
        double lane = PipelineStage.TOP / 2;
        double sx = (s.getMinX() + s.getMaxX()) / 2;
        double dx = (db.getMinX() + db.getMaxX()) / 2;
        return List.of(new Point2D(sx, s.getMinY()), new Point2D(sx, lane), new Point2D(dx, lane),
                new Point2D(dx, db.getMinY()));
    }

    static List<Point2D> reversed(List<Point2D> path) {
        List<Point2D> r = new ArrayList<>(path);
        Collections.reverse(r);
        return r;
    }
}
