package dev.cachelab.reference;

import dev.cachelab.json.ContentException;
import dev.cachelab.lesson.LessonLoader;
import dev.cachelab.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario notes, predictions and lesson notes must say how their claim is known; a bad one is named with its place. */
class EvidenceInContentTest {

    private static String scenario(String note, String predictEvidence) {
        return "{\n"
                + "  \"format\": \"cachelab-scenario/1\", \"id\": \"s\", \"title\": \"S\", \"app\": \"invoices\",\n"
                + "  \"steps\": [\n"
                + "    {\"atMs\": 0, \"do\": \"get\", \"url\": \"/invoices\", \"narration\": \"A visitor reads the list.\",\n"
                + "     \"predict\": {\"who\": \"visitor\", \"question\": \"?\", \"choices\": [\"a\", \"b\"], \"answer\": 0, \"explain\": \"x\""
                + predictEvidence + "}}\n"
                + "  ],\n"
                + "  \"code\": [\"x\"],\n"
                + "  \"notes\": [\n"
                + "    " + note + "\n"
                + "  ]\n"
                + "}\n";
    }

    private static final String GOOD_EVIDENCE = ", \"evidence\": {\"kind\": \"measured\", \"ref\": \"baseline--static; R15\"}";

    @Test
    void aScenarioWithEvidenceLoads() throws ContentException {
        var s = ScenarioLoader.load(scenario("{\"step\": 0, \"text\": \"t\", \"evidence\": {\"kind\": \"source\", \"ref\": \"spec §4.5\"}}",
                GOOD_EVIDENCE), "s.json");
        assertThat(s.extras().notes().get(0).evidence()).isEqualTo(new Evidence(Evidence.Kind.SOURCE, "spec §4.5"));
        assertThat(s.extras().predictions().get(0).evidence().kind()).isEqualTo(Evidence.Kind.MEASURED);
    }

    @Test
    void aNoteWithoutEvidenceIsNamedWithItsPlace() {
        assertThatThrownBy(() -> ScenarioLoader.load(scenario("{\"step\": 0, \"text\": \"t\"}", GOOD_EVIDENCE), "s.json"))
                .isInstanceOf(ContentException.class)
                .hasMessage("s.json:9:5: $.notes[0]: missing field \"evidence\"; expected how the claim about Next.js in a note is"
                        + " known: " + EvidenceReader.WHAT);
    }

    @Test
    void anUnknownKindAndAnUnknownRuleAreNamedWithTheirPlace() {
        assertThatThrownBy(() -> ScenarioLoader.load(scenario("{\"step\": 0, \"text\": \"t\", \"evidence\": {\"kind\": \"rumour\", \"ref\": \"x\"}}",
                GOOD_EVIDENCE), "s.json"))
                .hasMessage("s.json:9:51: $.notes[0].evidence.kind: unknown evidence kind \"rumour\"; expected one of measured,"
                        + " source, modelled");
        assertThatThrownBy(() -> ScenarioLoader.load(scenario("{\"step\": 0, \"text\": \"t\", \"evidence\": {\"kind\": \"source\", \"ref\": \"R99\"}}",
                GOOD_EVIDENCE), "s.json"))
                .hasMessage("s.json:9:68: $.notes[0].evidence.ref: unknown rule R99; expected one that docs/rules.md lists");
    }

    @Test
    void aPredictionWithoutEvidenceIsRefused() {
        assertThatThrownBy(() -> ScenarioLoader.load(scenario("{\"step\": 0, \"text\": \"t\", \"evidence\": {\"kind\": \"source\", \"ref\": \"spec §4.5\"}}",
                ""), "s.json"))
                .hasMessageStartingWith("s.json:5:17: $.steps[0].predict: missing field \"evidence\"; expected how the claim"
                        + " about Next.js in a prediction's explanation is known");
    }

    @Test
    void aLessonNoteWithTheOldSourceFieldIsRefused() {
        String lesson = """
                {"format": "cachelab-lesson/1", "kind": "recap", "id": "r", "title": "R",
                 "points": [{"title": "P", "text": "T", "evidence": {"kind": "modelled", "ref": "a fixture that says nothing"},
                             "note": {"text": "N", "source": "R16"}}]}
                """;
        assertThatThrownBy(() -> LessonLoader.load(lesson, "r.json"))
                .hasMessageContaining("r.json:3:46: $.points[0].note.source: unknown field \"source\" in a note; expected one of"
                        + " evidence, text");
        String noEvidence = lesson.replace(", \"evidence\": {\"kind\": \"modelled\", \"ref\": \"a fixture that says nothing\"}", "")
                .replace("\"source\": \"R16\"", "\"evidence\": {\"kind\": \"measured\", \"ref\": \"F1\"}");
        assertThatThrownBy(() -> LessonLoader.load(noEvidence, "r.json"))
                .hasMessageContaining("$.points[0]: missing field \"evidence\"; expected how the claim about Next.js in a recap point is known");
    }
}
