package dev.cachelab.ui.explorer.model;

import dev.cachelab.reference.Evidence;

/**
 * One line of a Why? explanation. A line that says how Next.js behaves carries its evidence (measured, source or
 * modelled, with the reference the panel links); a line about what happened in this run (a version, a step, an
 * event) carries none.
 */
public record WhyLine(String text, Evidence evidence) {

    /** What happened in this simulation: no claim about Next.js. */
    public static WhyLine plain(String text) {
        return new WhyLine(text, null);
    }

    public static WhyLine measured(String text, String ref) {
        return new WhyLine(text, new Evidence(Evidence.Kind.MEASURED, ref));
    }

    public static WhyLine source(String text, String ref) {
        return new WhyLine(text, new Evidence(Evidence.Kind.SOURCE, ref));
    }

    public static WhyLine modelled(String text, String ref) {
        return new WhyLine(text, new Evidence(Evidence.Kind.MODELLED, ref));
    }

    /** A history line (an event of a step), shown smaller. */
    public boolean history() {
        return text.startsWith("\u00b7");
    }
}
