package dev.cachelab.scenario;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.reference.EvidenceReader;
import dev.cachelab.reference.Reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a scenario's code panel and its notes on where real Next.js differs from the simple story. */
final class ScenarioExtrasLoader {

    private static final Set<String> SEAMS = Set.of("parse", "authorize", "mutate", "revalidate", "return");

    private ScenarioExtrasLoader() {
    }

    /** {"who": "user", "question": …, "choices": [...], "answer": 1, "explain": …, "evidence": {…}} on a step. */
    static ScenarioExtras.Prediction prediction(JNode node, int step) throws ContentException {
        JNode.JObject o = JRead.object(node, "a prediction {who, question, choices, answer, explain}");
        JRead.onlyKeys(o, "a prediction", "who", "question", "choices", "answer", "explain", "evidence");
        String who = JRead.requiredString(o, "who", "\"user\" or \"visitor\"");
        if (!who.equals("user") && !who.equals("visitor")) {
            throw o.fields().get("who").where().error("unknown viewer \"" + who + "\"; expected \"user\" or \"visitor\"");
        }
        JNode choicesNode = JRead.required(o, "choices", "the answers to choose from");
        List<String> choices = JRead.stringList(choicesNode, "choices");
        if (choices.size() < 2) throw choicesNode.where().error("expected at least two choices");
        JNode answerNode = JRead.required(o, "answer", "the index (0-based) of the right choice");
        long answer = JRead.integer(answerNode, "a choice index", 0);
        if (answer >= choices.size()) throw answerNode.where().error("choice " + answer + " does not exist; there are " + choices.size());
        return new ScenarioExtras.Prediction(step, who, JRead.requiredString(o, "question", "the question"), choices,
                (int) answer, JRead.requiredString(o, "explain", "why the answer is right"),
                EvidenceReader.required(o, "a prediction's explanation", Reference.bundled()));
    }

    static ScenarioExtras load(JNode.JObject root, int stepCount, List<Integer> codeLines,
                               List<ScenarioExtras.Prediction> predictions) throws ContentException {
        List<ScenarioExtras.CodeLine> code = new ArrayList<>();
        JNode codeNode = JRead.optional(root, "code");
        if (codeNode != null) {
            for (JNode item : JRead.array(codeNode, "the code's lines").items()) {
                if (item instanceof JNode.JString s) {
                    code.add(new ScenarioExtras.CodeLine(s.value(), null));
                    continue;
                }
                JNode.JObject o = JRead.object(item, "a line: a string, or {\"text\": …, \"seam\": \"revalidate\"}");
                JRead.onlyKeys(o, "a code line", "text", "seam");
                String seam = JRead.optionalString(o, "seam", "the seam");
                if (seam != null && !SEAMS.contains(seam)) {
                    throw o.fields().get("seam").where().error("unknown seam \"" + seam + "\"; expected one of "
                            + JRead.list(SEAMS));
                }
                code.add(new ScenarioExtras.CodeLine(JRead.requiredString(o, "text", "the line's text"), seam));
            }
        }
        for (Integer line : codeLines) {
            if (line != null && line > code.size()) {
                throw root.fields().get("steps").where().error("a step points at code line " + line + ", but the code"
                        + " has " + code.size() + " lines");
            }
        }
        List<ScenarioExtras.RealityNote> notes = new ArrayList<>();
        JNode notesNode = JRead.optional(root, "notes");
        if (notesNode != null) {
            for (JNode item : JRead.array(notesNode, "notes on where real Next.js differs").items()) {
                JNode.JObject o = JRead.object(item, "{\"step\": N, \"text\": …, \"evidence\": " + EvidenceReader.WHAT + "}");
                JRead.onlyKeys(o, "a note", "step", "text", "evidence");
                JNode stepNode = JRead.required(o, "step", "the step (0-based) the note belongs to");
                long step = JRead.integer(stepNode, "a step index", 0);
                if (step >= stepCount) throw stepNode.where().error("step " + step + " does not exist; the scenario has " + stepCount);
                notes.add(new ScenarioExtras.RealityNote((int) step, JRead.requiredString(o, "text", "the note"),
                        EvidenceReader.required(o, "a note", Reference.bundled())));
            }
        }
        String category = JRead.optionalString(root, "category", "the lesson category");
        String tool = JRead.optionalString(root, "tool", "the tool the scenario is about");
        return new ScenarioExtras(category, tool, code, codeLines, notes, predictions);
    }
}
