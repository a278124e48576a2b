package dev.cachelab.ui.explorer.pipeline;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * The effect factories: a labelled token travelling along a path, a label stamped in place, a pulse, a shake. Each
 * returns an un-started {@link Effect}; the token is only added to the layer at its first frame.
 */
final class Effects {

    static final double TRAVEL_MS = 650;
    static final double STAMP_MS = 750;
    static final double PULSE_MS = 320;
    static final double SHAKE_MS = 380;

    private Effects() {
    }

    /** Ease in and out: slow at both ends, so a token is readable where it leaves and where it lands. */
    static double ease(double t) {
        return t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
    }

    static Label token(String text, String kind) {
        Label t = new Label(text);
        t.getStyleClass().addAll("token", "token-" + kind);
        t.setManaged(false);
        t.setMouseTransparent(true);
        return t;
    }

    /** The point {@code f} (0–1) of the way along a polyline. */
    static Point2D along(List<Point2D> path, double f) {
        double total = 0;
        for (int i = 1; i < path.size(); i++) total += path.get(i).distance(path.get(i - 1));
        if (total == 0) return path.get(0);
        double want = f * total;
        for (int i = 1; i < path.size(); i++) {
            double seg = path.get(i).distance(path.get(i - 1));
            if (want <= seg || i == path.size() - 1) {
                double k = seg == 0 ? 1 : Math.min(1, want / seg);
                Point2D a = path.get(i - 1);
                return a.add(path.get(i).subtract(a).multiply(k));
            }
            want -= seg;
        }
        return path.get(path.size() - 1);
    }

    /** A token saying what travels ("GET /invoices", "write → v2") from the start of {@code path} to its end. */
    static Effect travel(Pane layer, List<Point2D> path, String text, String kind) {
        Label token = token(text, kind);
        return new Effect() {
            public double ms() { return TRAVEL_MS; }

            public void at(double p) {
                show(layer, token);
                Point2D at = along(path, ease(p));
                token.relocate(at.getX() - token.getWidth() / 2, at.getY() - token.getHeight() / 2);
                token.setOpacity(p < 0.1 ? p / 0.1 : p > 0.9 ? (1 - p) / 0.1 : 1);
            }

            public void end() { layer.getChildren().remove(token); }
        };
    }

    /** A label shown in place for a moment (a call the server makes, an answer). */
    static Effect stamp(Pane layer, Point2D at, String text, String kind) {
        Label token = token(text, kind);
        return new Effect() {
            public double ms() { return STAMP_MS; }

            public void at(double p) {
                show(layer, token);
                token.relocate(at.getX() - token.getWidth() / 2, at.getY() - token.getHeight() / 2 - 12 * p);
                token.setOpacity(p < 0.15 ? p / 0.15 : p > 0.8 ? (1 - p) / 0.2 : 1);
            }

            public void end() { layer.getChildren().remove(token); }
        };
    }

    /** A short grow-and-settle that draws the eye to a node that changed. */
    static Effect pulse(Node node) {
        return new Effect() {
            public double ms() { return PULSE_MS; }

            public void at(double p) {
                double s = 1 + 0.07 * Math.sin(Math.PI * p);
                node.setScaleX(s);
                node.setScaleY(s);
            }

            public void end() {
                node.setScaleX(1);
                node.setScaleY(1);
            }
        };
    }

    /** A side-to-side shake for a failure (an error, a rolled-back transaction). */
    static Effect shake(Node node) {
        return new Effect() {
            public double ms() { return SHAKE_MS; }

            public void at(double p) { node.setTranslateX(7 * Math.sin(6 * Math.PI * p) * (1 - p)); }

            public void end() { node.setTranslateX(0); }
        };
    }

    /** Several effects at once, as long as the longest. */
    static Effect together(List<Effect> parts) {
        double ms = parts.stream().mapToDouble(Effect::ms).max().orElse(0);
        return new Effect() {
            public double ms() { return ms; }

            public void at(double p) {
                for (Effect e : parts) e.at(Math.min(1, p * ms / Math.max(1, e.ms())));
            }

            public void end() { parts.forEach(Effect::end); }
        };
    }

    private static void show(Pane layer, Label token) {
        if (token.getParent() != null) return;
        layer.getChildren().add(token);
        token.applyCss();
        token.autosize();
    }
}
