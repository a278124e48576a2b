package dev.cachelab.scenario;

import dev.cachelab.reference.Evidence;

import java.util.List;

/**
 * What an explorer scenario adds to a case: the lesson's category, the code it shows with its running line per step,
 * and notes where real Next.js differs from the simple story. Cases have none.
 */
public record ScenarioExtras(String category, String tool, List<CodeLine> code, List<Integer> codeLinePerStep,
                             List<RealityNote> notes, List<Prediction> predictions) {

    public static final ScenarioExtras NONE = new ScenarioExtras(null, null, List.of(), List.of(), List.of(), List.of());

    /**
     * "Predict, then reveal": before step {@code step} runs, the explorer asks what {@code who} ("user" or
     * "visitor") will see; {@code answer} is the index of the right choice, {@code explain} says why,
     * and {@code evidence} how that is known about Next.js.
     */
    public record Prediction(int step, String who, String question, List<String> choices, int answer, String explain,
                             Evidence evidence) { }

    public Prediction predictionFor(int step) {
        return predictions.stream().filter(p -> p.step() == step).findFirst().orElse(null);
    }

    /** One line of the shown source; {@code seam} is parse, authorize, mutate, revalidate or return (or null). */
    public record CodeLine(String text, String seam) { }

    /**
     * A visible note where the real behaviour differs from the simple story, with how that is known: measured (the
     * case or finding), read from the source (the spec section) or modelled by Cache Lab (what is assumed).
     */
    public record RealityNote(int step, String text, Evidence evidence) { }
}
