package dev.cachelab.ui.explorer.pipeline;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's wiring, drawn behind the places: people → server (through the load balancer when there are several
 * instances), each server → its caches and its tags manifest, the stores ↔ the database, and each server's write path
 * to the database. Tokens travel along these same lines ({@link Routes}), so what moves follows what is drawn.
 */
final class Edges {

    private static final double HEAD = 7;

    private Edges() {
    }

    static void draw(Pane layer, PipelineStage stage, Label writes, Label reads) {
        Routes routes = new Routes(stage);
        List<Node> paths = new ArrayList<>();
        List<Node> people = List.of(stage.userNode(), stage.callersNode(), stage.visitorNode());
        InstancePlaces first = stage.instances().get(0);
        if (stage.isMulti()) {
            for (Node who : people) paths.add(arrow(routes.request(who, first).subList(0, 2), "edge"));
        } else {
            for (Node who : people) paths.add(arrow(routes.request(who, first), "edge"));
        }
        List<Point2D> firstWrite = null;
        for (InstancePlaces p : stage.instances()) {
            if (stage.isMulti()) paths.add(arrow(routes.fromBalancer(p), "edge"));
            CachePlaces c = p.caches();
            for (Node place : List.of(c.route(), c.store())) paths.add(arrow(routes.toCache(place, p), "edge"));
            paths.add(arrow(routes.toManifest(c.manifest(), p), "edge"));
            paths.add(arrow(Routes.reversed(routes.read(c.store())), "edge"));
            List<Point2D> write = routes.write(p);
            if (firstWrite == null) firstWrite = write;
            paths.add(arrow(write, "edge-write"));
        }
        reuse(layer, paths);
        // with several instances the write paths run down the gutters: the edges need no words there
        writes.setVisible(!stage.isMulti());
        reads.setVisible(!stage.isMulti());
        Point2D mid = firstWrite.get(1).midpoint(firstWrite.get(firstWrite.size() - 2));
        writes.autosize();
        writes.relocate(mid.getX() - writes.getWidth() / 2, mid.getY() - writes.getHeight() - 2);
        Bounds store = stage.boundsOf(first.caches().store());
        Bounds db = stage.boundsOf(stage.databaseNode());
        reads.autosize();
        if (stage.isMulti()) {
            reads.relocate(store.getMinX() + 8, (store.getMaxY() + db.getMinY()) / 2 - reads.getHeight() / 2);
        } else {
            reads.relocate((store.getMaxX() + db.getMinX()) / 2 - reads.getWidth() / 2,
                    (db.getMinY() + db.getMaxY()) / 2 - reads.getHeight() - 4);
        }
    }

    /**
     * Puts {@code paths} in the layer, reshaping the paths already there (drawn at every layout pass: new nodes would
     * have their styles matched afresh each time, a few milliseconds of every frame in which a card changes).
     */
    private static void reuse(Pane layer, List<Node> paths) {
        List<Path> old = new ArrayList<>();
        for (Node n : layer.getChildren()) if (n instanceof Path p) old.add(p);
        if (old.size() != paths.size()) {
            layer.getChildren().removeAll(old);
            layer.getChildren().addAll(0, paths);
            return;
        }
        for (int i = 0; i < old.size(); i++) {
            Path was = old.get(i);
            Path now = (Path) paths.get(i);
            was.getElements().setAll(now.getElements());
            if (!was.getStyleClass().equals(now.getStyleClass())) was.getStyleClass().setAll(now.getStyleClass());
        }
    }

    /** A polyline with an arrow head at its last point. */
    static Path arrow(List<Point2D> points, String styleClass) {
        List<PathElement> els = new ArrayList<>();
        els.add(new MoveTo(points.get(0).getX(), points.get(0).getY()));
        for (int i = 1; i < points.size(); i++) els.add(new LineTo(points.get(i).getX(), points.get(i).getY()));
        Point2D end = points.get(points.size() - 1);
        Point2D dir = end.subtract(points.get(points.size() - 2)).normalize();
        Point2D side = new Point2D(-dir.getY(), dir.getX());
        Point2D back = end.subtract(dir.multiply(HEAD * 1.6));
        Point2D a = back.add(side.multiply(HEAD));
        Point2D b = back.subtract(side.multiply(HEAD));
        els.add(new MoveTo(a.getX(), a.getY()));
        els.add(new LineTo(end.getX(), end.getY()));
        els.add(new LineTo(b.getX(), b.getY()));
        Path p = new Path(els);
        p.getStyleClass().add(styleClass);
        p.setManaged(false);
        return p;
    }
}
