package dev.cachelab.scenario;

import java.util.List;

/**
 * What an explorer scenario adds to a case: the lesson's category, the code it shows with its running line per step,
 * and notes where real Next.js differs from the simple story. Cases have none.
 */
public record ScenarioExtras(String category, String tool, List<CodeLine> code, List<Integer> codeLinePerStep,
                             List<RealityNote> notes) {

    public static final ScenarioExtras NONE = new ScenarioExtras(null, null, List.of(), List.of(), List.of());

    /** One line of the shown source; {@code seam} is parse, authorize, mutate, revalidate or return (or null). */
    public record CodeLine(String text, String seam) { }

    /** A visible note where the real behaviour differs from the simple story, with its source (e.g. "R16"). */
    public record RealityNote(int step, String text, String source) { }
}
