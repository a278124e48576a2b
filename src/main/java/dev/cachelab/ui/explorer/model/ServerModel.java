package dev.cachelab.ui.explorer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the server is doing: which of its lanes runs (a Server Action, a Route Handler, a page render) and for which
 * URL ({@code target}), the context in words, its calls, the tags pending until the body ends, and an error.
 */
public record ServerModel(Lane lane, String target, String context, List<String> calls, List<String> pending,
                          String error) {

    /** The server's lanes, as the pipeline draws them; IDLE when nothing runs. */
    public enum Lane {
        IDLE(""), ACTION("Server Action"), HANDLER("Route Handler"), RENDER("Render");

        private final String label;

        Lane(String label) { this.label = label; }

        public String label() { return label; }
    }

    public static final ServerModel IDLE = new ServerModel(Lane.IDLE, "", "idle", List.of(), List.of(), "");

    public ServerModel withCall(String call) {
        List<String> next = new ArrayList<>(calls);
        next.add(call);
        return new ServerModel(lane, target, context, next, pending, error);
    }

    public ServerModel withPending(String tag) {
        List<String> next = new ArrayList<>(pending);
        next.add(tag);
        return new ServerModel(lane, target, context, calls, next, error);
    }

    public ServerModel withError(String text) {
        return new ServerModel(lane, target, context, calls, pending, text);
    }

    public ServerModel withContext(String text) {
        return new ServerModel(lane, target, text, calls, pending, error);
    }

    /** The work moves to another lane (an action's own render, its redirect), keeping its calls. */
    public ServerModel withLane(Lane to, String url, String text) {
        return new ServerModel(to, url, text, calls, pending, error);
    }
}
