package dev.cachelab.lesson;

import dev.cachelab.json.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lesson files load from data, and every problem names its file, line, column and what was expected. */
class LessonLoaderTest {

    private static final String MC_OK = """
            {
              "format": "cachelab-lesson/1",
              "kind": "multiple-choice",
              "id": "tiny",
              "title": "Tiny",
              "questions": [
                {
                  "id": "q1",
                  "prompt": "Which?",
                  "options": [
                    { "text": "A", "correct": true, "why": "because" },
                    { "text": "B", "why": "because not" }
                  ],
                  "evidence": { "kind": "measured", "ref": "sa-updateTag-redirect--static; R16" }
                }
              ]
            }
            """;

    @Test
    void theBundledPathLoadsCompletelyWithEveryExerciseKind() {
        LessonCatalogue c = LessonCatalogue.bundled();
        assertThat(c.problems()).isEmpty();
        assertThat(c.stops()).hasSizeGreaterThanOrEqualTo(10);
        Set<ExerciseKind> kinds = c.lessons().stream().map(Lesson::kind).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(ExerciseKind.class));
        BucketQuiz quiz = (BucketQuiz) c.lessons().stream().filter(l -> l.id().equals("sort-mutations")).findFirst()
                .orElseThrow().exercise();
        assertThat(quiz.cards()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(quiz.buckets()).extracting(BucketQuiz.Bucket::id)
                .containsExactly("update-tag", "revalidate-max", "revalidate-path", "refresh");
    }

    @Test
    void everyNoteInTheBundledLessonsCitesASource() {
        for (Lesson l : LessonCatalogue.bundled().lessons()) {
            if (l.exercise() instanceof DecisionTree t) {
                t.endpoints().forEach(e -> assertThat(e.note()).as(l.id() + "/" + e.id()).isNotNull());
            }
            if (l.exercise() instanceof Comparison c) {
                c.rows().stream().filter(r -> r.note() != null).forEach(r -> assertThat(r.note().evidence().ref()).matches(".*(R\\d+|§).*"));
            }
        }
    }

    @Test
    void aGoodFileLoads() throws Exception {
        Lesson l = LessonLoader.load(MC_OK, "tiny.json");
        assertThat(l.id()).isEqualTo("tiny");
        assertThat(l.kind()).isEqualTo(ExerciseKind.MULTIPLE_CHOICE);
        MultipleChoice.Question q = ((MultipleChoice) l.exercise()).questions().get(0);
        assertThat(q.right()).isSameAs(q.options().get(0));
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        String text = "{\n  \"format\": \"cachelab-lesson/1\",\n  \"kind\" \"recap\"\n}";
        assertThatThrownBy(() -> LessonLoader.load(text, "broken.json"))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("broken.json:3:10: malformed JSON");
    }

    @Test
    void anUnknownExerciseKindListsTheKnownOnes() {
        String text = MC_OK.replace("\"multiple-choice\"", "\"drag\"");
        assertThatThrownBy(() -> LessonLoader.load(text, "kind.json"))
                .hasMessage("kind.json:3:11: $.kind: unknown exercise kind \"drag\"; expected one of bucket-sort,"
                        + " comparison, decision-tree, fill-seam, multiple-choice, pr-review, recap");
    }

    @Test
    void aMissingFieldIsReportedAtTheObjectThatLacksIt() {
        String text = MC_OK.replace("\"title\": \"Tiny\",\n", "");
        assertThatThrownBy(() -> LessonLoader.load(text, "missing.json"))
                .hasMessage("missing.json:1:1: $: missing field \"title\"; expected the lesson's title");
        String noWhy = MC_OK.replace(", \"why\": \"because not\"", "");
        assertThatThrownBy(() -> LessonLoader.load(noWhy, "why.json"))
                .hasMessage("why.json:12:9: $.questions[0].options[1]: missing field \"why\"; expected why this option is right or wrong");
    }

    @Test
    void aTypoInAKeyIsNotIgnored() {
        String text = MC_OK.replace("\"prompt\"", "\"promt\"");
        assertThatThrownBy(() -> LessonLoader.load(text, "typo.json"))
                .hasMessageContaining("typo.json:9:")
                .hasMessageContaining("unknown field \"promt\" in a question");
    }

    @Test
    void aQuestionNeedsExactlyOneRightOption() {
        String text = MC_OK.replace("{ \"text\": \"B\",", "{ \"text\": \"B\", \"correct\": true,");
        assertThatThrownBy(() -> LessonLoader.load(text, "two.json"))
                .hasMessage("two.json:10:18: $.questions[0].options: expected exactly one option with \"correct\": true, found 2");
    }

    @Test
    void aDecisionTreeMustEndEveryWalkAtAnEndpoint() {
        String loop = """
                {"format": "cachelab-lesson/1", "kind": "decision-tree", "id": "t", "title": "T", "start": "a",
                 "nodes": {
                   "a": {"question": "A?", "choices": [{"label": "x", "next": "b"}, {"label": "y", "next": "e"}]},
                   "b": {"question": "B?", "choices": [{"label": "x", "next": "a"}, {"label": "y", "next": "e"}]},
                   "e": {"tool": "updateTag", "why": "w", "evidence": {"kind": "modelled", "ref": "a fixture that says nothing real"}}
                 }}
                """;
        assertThatThrownBy(() -> LessonLoader.load(loop, "loop.json"))
                .hasMessage("loop.json:3:9: $.nodes.a: the walk loops: a → b → a; expected every walk to end at an endpoint");
        String dangling = loop.replace("\"next\": \"a\"", "\"next\": \"zz\"");
        assertThatThrownBy(() -> LessonLoader.load(dangling, "next.json"))
                .hasMessage("next.json:4:63: $.nodes.b.choices[0].next: unknown node \"zz\"; expected one of a, b, e");
        String orphan = loop.replace("\"next\": \"a\"", "\"next\": \"e\"").replace("\"e\": {", "\"lost\": {\"tool\": \"t\", \"why\": \"w\", \"evidence\": {\"kind\": \"modelled\", \"ref\": \"a fixture that says nothing real\"}},\n   \"e\": {");
        assertThatThrownBy(() -> LessonLoader.load(orphan, "orphan.json"))
                .hasMessageContaining("orphan.json:5:12: $.nodes.lost: node \"lost\" cannot be reached from \"a\"");
    }

    @Test
    void fillSeamBlanksMustMatchTheCode() {
        String text = """
                {"format": "cachelab-lesson/1", "kind": "fill-seam", "id": "s", "title": "S", "prompt": "p",
                 "code": ["{{tool}}(x);", "{{oops}}"],
                 "blanks": {"tool": {"options": [{"text": "a", "correct": true, "why": "w"}, {"text": "b", "why": "w"}],
                   "evidence": {"kind": "modelled", "ref": "a fixture that says nothing real"}}}}
                """;
        assertThatThrownBy(() -> LessonLoader.load(text, "seam.json"))
                .hasMessage("seam.json:2:27: $.code[1]: unknown blank {{oops}}; expected one of tool");
    }

    @Test
    void reviewFindingsMustPointAtRealLines() {
        String text = """
                {"format": "cachelab-lesson/1", "kind": "pr-review", "id": "r", "title": "R", "prompt": "p",
                 "code": ["a", "b"],
                 "flaws": [{"id": "f", "label": "F", "summary": "s"}],
                 "findings": [{"flaw": "f", "line": 3, "explanation": "e"}]}
                """;
        assertThatThrownBy(() -> LessonLoader.load(text, "review.json"))
                .hasMessage("review.json:4:37: $.findings[0].line: expected a line number from 1 to 2, found 3");
    }

    @Test
    void comparisonRowsNeedOneCellPerColumn() {
        String text = """
                {"format": "cachelab-lesson/1", "kind": "comparison", "id": "c", "title": "C",
                 "columns": ["a", "b"], "rows": [{"aspect": "x", "cells": ["only one"]}]}
                """;
        assertThatThrownBy(() -> LessonLoader.load(text, "table.json"))
                .hasMessage("table.json:2:59: $.rows[0].cells: expected 2 cells (one per column), found 1");
    }

    @Test
    void aMalformedLessonIsReportedAndTheOthersStillLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.json"), """
                {"format": "cachelab-lesson-index/1", "title": "Path",
                 "path": [{"lesson": "good.json"}, {"lesson": "bad.json"}, {"scenario": "stale-after-save", "title": "S", "watch": "w"},
                          {"lesson": "missing.json"}]}
                """);
        Files.writeString(dir.resolve("good.json"), MC_OK);
        Files.writeString(dir.resolve("bad.json"), MC_OK.replace("\"kind\": \"multiple-choice\"", "\"kind\": \"multiple-choise\""));
        LessonCatalogue c = LessonCatalogue.load(LessonSource.directory(dir));
        assertThat(c.stops()).hasSize(4);
        assertThat(c.stops().get(0).lesson().id()).isEqualTo("tiny");
        assertThat(c.stops().get(1).broken()).isTrue();
        assertThat(c.stops().get(1).problem().getMessage())
                .startsWith(dir.resolve("bad.json") + ":3:11: $.kind: unknown exercise kind \"multiple-choise\"");
        assertThat(c.stops().get(2).item().id()).isEqualTo("scenario:stale-after-save");
        assertThat(c.stops().get(3).problem().getMessage()).contains("missing.json").contains("no such lesson file");
        assertThat(c.problems()).hasSize(2);
    }

    @Test
    void twoLessonsMayNotShareAnId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.json"), """
                {"format": "cachelab-lesson-index/1", "title": "Path", "path": [{"lesson": "a.json"}, {"lesson": "b.json"}]}
                """);
        Files.writeString(dir.resolve("a.json"), MC_OK);
        Files.writeString(dir.resolve("b.json"), MC_OK);
        LessonCatalogue c = LessonCatalogue.load(LessonSource.directory(dir));
        assertThat(c.problems()).singleElement().extracting(Throwable::getMessage).asString()
                .contains("lesson id \"tiny\" is already used by");
    }

    @Test
    void aBrokenIndexIsOneProblemAndAnEmptyPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.json"), "{\"format\": \"cachelab-lesson-index/1\", \"title\": \"P\", \"path\": []}");
        LessonCatalogue c = LessonCatalogue.load(LessonSource.directory(dir));
        assertThat(c.stops()).isEmpty();
        assertThat(c.problems()).singleElement().extracting(Throwable::getMessage).asString()
                .endsWith("index.json:1:61: $.path: expected at least one entry in the path, found none");
    }

    @Test
    void aBucketCardMustSayWhyItIsNotInEachOtherBucket() {
        String quiz = """
                {"format": "cachelab-lesson/1", "kind": "bucket-sort", "id": "q", "title": "Q", "instructions": "Sort.",
                 "buckets": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}, {"id": "c", "label": "C"}],
                 "cards": [{"id": "one", "text": "One", "bucket": "a", "why": "because", "wrong": {"b": "not B: it is A"}}]}
                """;
        assertThatThrownBy(() -> LessonLoader.load(quiz, "q.json"))
                .hasMessageStartingWith("q.json:3:83: $.cards[0].wrong: card \"one\" does not say why it is not in c;")
                .hasMessageContaining("expected \"wrong\" to explain every other bucket");
        String none = quiz.replace(", \"wrong\": {\"b\": \"not B: it is A\"}", "");
        assertThatThrownBy(() -> LessonLoader.load(none, "q.json")).hasMessageContaining("does not say why it is not in b, c;");
    }

    @Test
    void anOptionIsListedOnceBecauseOptionsAreKnownByText() {
        String mc = MC_OK.replace("\"text\": \"B\"", "\"text\": \"A\"");
        assertThatThrownBy(() -> LessonLoader.load(mc, "tiny.json")).hasMessageContaining("$.questions[0].options[1].text: option \"A\" is listed twice");
    }
}
