package dev.cachelab.ui.explorer.model;

/**
 * The headline of what one person sees, for the room to read from afar: the data version on their screen and
 * whether it is the database's latest ({@link State#CURRENT}), older ({@link State#OLD}), Next.js's error page, or
 * nothing yet. A page that shows several cached functions is as old as its oldest one.
 */
public record ViewerOutcome(State state, int version, int databaseVersion, String word, String detail) {

    public enum State {
        NONE("nothing yet"), CURRENT("up to date"), OLD("old data"), ERROR("error page");

        private final String word;

        State(String word) { this.word = word; }

        public String word() { return word; }

        /** The pseudo-class of this state on a viewer's screen. */
        public String pseudoClass() { return name().toLowerCase(); }
    }

    public static ViewerOutcome of(ViewerModel viewer, int databaseVersion) {
        if (viewer.errorPage()) {
            return new ViewerOutcome(State.ERROR, 0, databaseVersion, State.ERROR.word(), "Next.js showed its error page");
        }
        if (viewer.lines().isEmpty()) {
            return new ViewerOutcome(State.NONE, 0, databaseVersion, State.NONE.word(),
                    viewer.url().isEmpty() ? viewer.note() : "no cached data on this page");
        }
        int oldest = Integer.MAX_VALUE;
        for (ViewerModel.Line l : viewer.lines()) oldest = Math.min(oldest, l.version());
        boolean current = oldest >= databaseVersion;
        String detail = current ? "the database has v" + databaseVersion + " too"
                : "the database has v" + databaseVersion;
        State state = current ? State.CURRENT : State.OLD;
        return new ViewerOutcome(state, oldest, databaseVersion, state.word(), detail);
    }

    /** One sentence for screen readers and tooltips. */
    public String sentence() {
        return switch (state) {
            case NONE -> "Nothing shown yet.";
            case ERROR -> "The error page.";
            case CURRENT -> "Shows version " + version + ", the latest: " + detail + ".";
            case OLD -> "Shows version " + version + ", old data: " + detail + ".";
        };
    }
}
