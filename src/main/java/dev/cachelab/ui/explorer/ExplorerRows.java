package dev.cachelab.ui.explorer;

import dev.cachelab.engine.state.Freshness;

import java.util.List;

/** Immutable rows the explorer's lists and tables show; built by {@link ExplorerViewModel} from engine state. */
public final class ExplorerRows {

    private ExplorerRows() {
    }

    public enum StepState { DONE, CURRENT, NEXT }

    public record StepRow(int index, String description, String narration, StepState state) { }

    public record EventRow(String time, String text, String type) { }

    public record EntryRow(String key, int version, List<String> tags, Freshness freshness, String reason,
                           String life, String storedAt) { }

    public record RouteRow(String pathname, String copy, String versions, Freshness freshness, String reason,
                           String origin) { }

    public record TagRow(String tag, String stale, String expired, String cause) { }

    /** What one viewer sees: a URL, a line per function, or the error page. */
    public record Viewpoint(String who, String url, List<String> lines, String note) {
        public static Viewpoint empty(String who, String note) {
            return new Viewpoint(who, "", List.of(), note);
        }
    }
}
