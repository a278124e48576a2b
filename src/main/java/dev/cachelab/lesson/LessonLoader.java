package dev.cachelab.lesson;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.json.LocatedJsonParser;
import dev.cachelab.reference.Evidence;
import dev.cachelab.reference.EvidenceReader;
import dev.cachelab.reference.Reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads a lesson file ({@value Lesson#FORMAT}) and checks it completely: every problem is a
 * {@link ContentException} naming the file, line, column and JSON path, and what was expected, e.g.
 * {@code decision.json:12:7: $.kind: unknown exercise kind "drag"; expected one of …}.
 */
public final class LessonLoader {


    private LessonLoader() {
    }

    public static Lesson load(Path file) throws ContentException {
        return load(LocatedJsonParser.parse(file), file.toString());
    }

    public static Lesson load(String text, String fileName) throws ContentException {
        return load(LocatedJsonParser.parse(text, fileName), fileName);
    }

    static Lesson load(JNode rootNode, String fileName) throws ContentException {
        JNode.JObject root = JRead.object(rootNode, "a lesson file");
        JNode formatNode = JRead.required(root, "format", "\"" + Lesson.FORMAT + "\"");
        String format = JRead.string(formatNode, "the file format");
        if (!Lesson.FORMAT.equals(format)) {
            throw formatNode.where().error("unknown format \"" + format + "\"; expected \"" + Lesson.FORMAT + "\"");
        }
        JNode kindNode = JRead.required(root, "kind", "the exercise kind, one of " + JRead.list(ExerciseKind.names()));
        String kindName = JRead.string(kindNode, "the exercise kind");
        ExerciseKind kind = ExerciseKind.byName(kindName).orElseThrow(() -> kindNode.where().error(
                "unknown exercise kind \"" + kindName + "\"; expected one of " + JRead.list(ExerciseKind.names())));
        String id = id(JRead.required(root, "id", "the lesson's id (progress is saved under it)"), "the lesson id");
        String title = text(root, "title", "the lesson's title");
        String intro = optionalText(root, "intro", "the introduction");
        List<String> common = List.of("format", "kind", "id", "title", "intro");
        Exercise exercise = switch (kind) {
            case DECISION_TREE -> DecisionTreeLoader.load(root, common);
            case BUCKET_SORT -> bucketQuiz(root, common);
            case MULTIPLE_CHOICE -> multipleChoice(root, common);
            case FILL_SEAM -> fillSeam(root, common);
            case PR_REVIEW -> prReview(root, common);
            case COMPARISON -> comparison(root, common);
            case RECAP -> recap(root, common);
        };
        return new Lesson(id, title, intro == null ? "" : intro, exercise, fileName);
    }

    // ---- bucket-sort ----------------------------------------------------------------------------------------------

    private static BucketQuiz bucketQuiz(JNode.JObject root, List<String> common) throws ContentException {
        only(root, "a bucket-sort lesson", common, "instructions", "buckets", "cards");
        String instructions = text(root, "instructions", "what the learner should do");
        List<BucketQuiz.Bucket> buckets = new ArrayList<>();
        Set<String> bucketIds = new LinkedHashSet<>();
        for (JNode b : nonEmpty(JRead.required(root, "buckets", "the buckets, one per tool"), "buckets", 2).items()) {
            JNode.JObject bo = JRead.object(b, "a bucket");
            JRead.onlyKeys(bo, "a bucket", "id", "label", "hint");
            String bid = uniqueId(bo, bucketIds, "bucket");
            buckets.add(new BucketQuiz.Bucket(bid, text(bo, "label", "the bucket's label (the tool)"),
                    optionalText(bo, "hint", "a short hint")));
        }
        if (buckets.size() > 9) throw root.where().error("at most 9 buckets (keys 1–9 place cards); found " + buckets.size());
        List<BucketQuiz.Card> cards = new ArrayList<>();
        Set<String> cardIds = new HashSet<>();
        for (JNode c : nonEmpty(JRead.required(root, "cards", "the mutation cards"), "cards", 1).items()) {
            JNode.JObject co = JRead.object(c, "a card");
            JRead.onlyKeys(co, "a card", "id", "text", "bucket", "why", "wrong", "note", "evidence");
            String cid = uniqueId(co, cardIds, "card");
            String bucket = bucketRef(JRead.required(co, "bucket", "the id of the right bucket"), bucketIds);
            Map<String, String> wrong = new LinkedHashMap<>();
            JNode w = JRead.optional(co, "wrong");
            if (w != null) {
                for (var e : JRead.object(w, "why each wrong bucket is wrong, by bucket id").fields().entrySet()) {
                    if (!bucketIds.contains(e.getKey())) {
                        throw e.getValue().where().error("unknown bucket \"" + e.getKey() + "\"; expected one of " + JRead.list(bucketIds));
                    }
                    if (e.getKey().equals(bucket)) {
                        throw e.getValue().where().error("\"" + bucket + "\" is this card's right bucket; expected only wrong buckets here");
                    }
                    wrong.put(e.getKey(), nonBlank(e.getValue(), "why this bucket is wrong"));
                }
            }
            List<String> unexplained = bucketIds.stream().filter(b -> !b.equals(bucket) && !wrong.containsKey(b)).toList();
            if (!unexplained.isEmpty()) {
                throw (w != null ? w : co).where().error("card \"" + cid + "\" does not say why it is not in "
                        + JRead.list(unexplained) + "; expected \"wrong\" to explain every other bucket, by bucket id");
            }
            cards.add(new BucketQuiz.Card(cid, text(co, "text", "the mutation the card describes"), bucket,
                    text(co, "why", "why this card belongs in its bucket"), wrong, note(co), evidence(co, "a card's explanation")));
        }
        return new BucketQuiz(instructions, buckets, cards);
    }

    // ---- multiple-choice -----------------------------------------------------------------------------------------

    private static MultipleChoice multipleChoice(JNode.JObject root, List<String> common) throws ContentException {
        only(root, "a multiple-choice lesson", common, "questions");
        List<MultipleChoice.Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JNode q : nonEmpty(JRead.required(root, "questions", "the questions"), "questions", 1).items()) {
            JNode.JObject qo = JRead.object(q, "a question");
            JRead.onlyKeys(qo, "a question", "id", "prompt", "options", "note", "scenario", "evidence");
            String qid = uniqueId(qo, ids, "question");
            JNode.JArray opts = nonEmpty(JRead.required(qo, "options", "the options"), "options", 2);
            List<MultipleChoice.Option> options = new ArrayList<>();
            Set<String> texts = new HashSet<>();
            for (JNode o : opts.items()) {
                JNode.JObject oo = JRead.object(o, "an option");
                JRead.onlyKeys(oo, "an option", "text", "correct", "why");
                options.add(new MultipleChoice.Option(uniqueText(oo, texts),
                        JRead.optionalBool(oo, "correct", "whether this option is right"),
                        text(oo, "why", "why this option is right or wrong")));
            }
            exactlyOneCorrect(opts, options.stream().filter(MultipleChoice.Option::correct).count());
            questions.add(new MultipleChoice.Question(qid, text(qo, "prompt", "the question"), options, note(qo),
                    optionalScenario(qo), evidence(qo, "a question's explanations")));
        }
        return new MultipleChoice(questions);
    }

    // ---- fill-seam -----------------------------------------------------------------------------------------------

    private static FillSeam fillSeam(JNode.JObject root, List<String> common) throws ContentException {
        only(root, "a fill-seam lesson", common, "prompt", "code", "blanks", "note");
        String prompt = text(root, "prompt", "what the learner should do");
        JNode.JArray codeArr = nonEmpty(JRead.required(root, "code", "the code, one string per line, blanks as {{id}}"), "code", 1);
        JNode.JObject blanksObj = JRead.object(JRead.required(root, "blanks", "the blanks, by id"), "the blanks");
        List<String> code = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (JNode line : codeArr.items()) {
            String s = JRead.string(line, "a line of code");
            Matcher m = FillSeam.PLACEHOLDER.matcher(s);
            while (m.find()) {
                String bid = m.group(1);
                if (!blanksObj.fields().containsKey(bid)) {
                    throw line.where().error("unknown blank {{" + bid + "}}; expected one of " + JRead.list(blanksObj.fields().keySet()));
                }
                if (uses.merge(bid, 1, Integer::sum) > 1) {
                    throw line.where().error("blank {{" + bid + "}} is used twice; expected each blank once");
                }
                order.add(bid);
            }
            code.add(s);
        }
        Map<String, FillSeam.Blank> blanks = new HashMap<>();
        for (var e : blanksObj.fields().entrySet()) {
            if (!uses.containsKey(e.getKey())) {
                throw e.getValue().where().error("blank \"" + e.getKey() + "\" is not used in the code; expected {{" + e.getKey() + "}} in a line");
            }
            JNode.JObject bo = JRead.object(e.getValue(), "a blank");
            JRead.onlyKeys(bo, "a blank", "label", "options", "evidence");
            JNode.JArray opts = nonEmpty(JRead.required(bo, "options", "the dropdown's options"), "options", 2);
            List<FillSeam.Option> options = new ArrayList<>();
            Set<String> texts = new HashSet<>();
            for (JNode o : opts.items()) {
                JNode.JObject oo = JRead.object(o, "an option");
                JRead.onlyKeys(oo, "an option", "text", "correct", "why");
                options.add(new FillSeam.Option(uniqueText(oo, texts),
                        JRead.optionalBool(oo, "correct", "whether this option is right"),
                        text(oo, "why", "why this option is right or wrong")));
            }
            exactlyOneCorrect(opts, options.stream().filter(FillSeam.Option::correct).count());
            String label = optionalText(bo, "label", "what the blank is for");
            blanks.put(e.getKey(), new FillSeam.Blank(e.getKey(), label == null ? e.getKey() : label, options,
                    evidence(bo, "a blank's explanations")));
        }
        List<FillSeam.Blank> ordered = new ArrayList<>();
        for (String bid : order) ordered.add(blanks.get(bid));
        return new FillSeam(prompt, code, ordered, note(root));
    }

    // ---- pr-review -----------------------------------------------------------------------------------------------

    private static PrReview prReview(JNode.JObject root, List<String> common) throws ContentException {
        only(root, "a pr-review lesson", common, "prompt", "code", "flaws", "findings");
        String prompt = text(root, "prompt", "what the learner should do");
        List<String> code = JRead.stringList(nonEmpty(JRead.required(root, "code", "the code, one string per line"), "code", 1), "lines of code");
        List<PrReview.Flaw> flaws = new ArrayList<>();
        Set<String> flawIds = new LinkedHashSet<>();
        for (JNode f : nonEmpty(JRead.required(root, "flaws", "the flaws a comment can name"), "flaws", 1).items()) {
            JNode.JObject fo = JRead.object(f, "a flaw");
            JRead.onlyKeys(fo, "a flaw", "id", "label", "summary");
            String fid = uniqueId(fo, flawIds, "flaw");
            flaws.add(new PrReview.Flaw(fid, text(fo, "label", "a short name for the flaw"), text(fo, "summary", "what the flaw is")));
        }
        List<PrReview.Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (JNode f : nonEmpty(JRead.required(root, "findings", "where each flaw is"), "findings", 1).items()) {
            JNode.JObject fo = JRead.object(f, "a finding");
            JRead.onlyKeys(fo, "a finding", "flaw", "line", "alsoAccept", "explanation", "note", "evidence");
            String flaw = ref(JRead.required(fo, "flaw", "the id of the flaw"), flawIds, "flaw");
            int line = lineNumber(JRead.required(fo, "line", "the 1-based line the flaw is on"), code.size());
            if (!seen.add(flaw + "@" + line)) throw fo.where().error("flaw \"" + flaw + "\" is listed twice for line " + line);
            Set<Integer> also = new HashSet<>();
            JNode a = JRead.optional(fo, "alsoAccept");
            if (a != null) for (JNode l : JRead.array(a, "other lines that count").items()) also.add(lineNumber(l, code.size()));
            used.add(flaw);
            findings.add(new PrReview.Finding(flaw, line, also, text(fo, "explanation", "why this line has this flaw"), note(fo),
                    evidence(fo, "a finding's explanation")));
        }
        for (PrReview.Flaw fl : flaws) {
            if (!used.contains(fl.id())) throw root.where().error("flaw \"" + fl.id() + "\" has no finding; expected it on some line");
        }
        return new PrReview(prompt, code, flaws, findings);
    }

    // ---- comparison and recap --------------------------------------------------------------------------------------

    private static Comparison comparison(JNode.JObject root, List<String> common) throws ContentException {
        only(root, "a comparison lesson", common, "columns", "rows", "notes");
        List<String> columns = JRead.stringList(nonEmpty(JRead.required(root, "columns", "the column headings"), "columns", 2), "column headings");
        List<Comparison.Row> rows = new ArrayList<>();
        for (JNode r : nonEmpty(JRead.required(root, "rows", "the rows"), "rows", 1).items()) {
            JNode.JObject ro = JRead.object(r, "a row");
            JRead.onlyKeys(ro, "a row", "aspect", "cells", "note", "evidence");
            JNode cellsNode = JRead.required(ro, "cells", "one cell per column");
            List<String> cells = JRead.stringList(cellsNode, "cells");
            if (cells.size() != columns.size()) {
                throw cellsNode.where().error("expected " + columns.size() + " cells (one per column), found " + cells.size());
            }
            rows.add(new Comparison.Row(text(ro, "aspect", "what the row compares"), cells, note(ro), evidence(ro, "a row's cells")));
        }
        List<Note> notes = new ArrayList<>();
        JNode n = JRead.optional(root, "notes");
        if (n != null) for (JNode item : JRead.array(n, "notes").items()) notes.add(noteObject(item));
        return new Comparison(columns, rows, notes);
    }

    private static Recap recap(JNode.JObject root, List<String> common) throws ContentException {
        only(root, "a recap lesson", common, "points", "closing");
        List<Recap.Point> points = new ArrayList<>();
        for (JNode p : nonEmpty(JRead.required(root, "points", "the recap points"), "points", 1).items()) {
            JNode.JObject po = JRead.object(p, "a point");
            JRead.onlyKeys(po, "a point", "title", "text", "note", "scenario", "evidence");
            points.add(new Recap.Point(text(po, "title", "the point's headline"), text(po, "text", "the point"),
                    note(po), optionalScenario(po), evidence(po, "a recap point")));
        }
        return new Recap(points, optionalText(root, "closing", "a closing line"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    static void only(JNode.JObject o, String what, List<String> common, String... own) throws ContentException {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(own));
        JRead.onlyKeys(o, what, all.toArray(String[]::new));
    }

    static String text(JNode.JObject o, String key, String what) throws ContentException {
        return nonBlank(JRead.required(o, key, what), what);
    }

    static String optionalText(JNode.JObject o, String key, String what) throws ContentException {
        JNode v = JRead.optional(o, key);
        return v == null ? null : nonBlank(v, what);
    }

    static String nonBlank(JNode node, String what) throws ContentException {
        String s = JRead.string(node, what);
        if (s.isBlank()) throw node.where().error("expected " + what + ", found an empty string");
        return s;
    }

    /** An option's text, once per question or blank: options are shown shuffled and known by their text. */
    static String uniqueText(JNode.JObject option, Set<String> seen) throws ContentException {
        String t = text(option, "text", "the option's text");
        if (!seen.add(t)) {
            throw option.fields().get("text").where().error("option \"" + t + "\" is listed twice; expected each option once");
        }
        return t;
    }

    static String id(JNode node, String what) throws ContentException {
        String s = JRead.string(node, what);
        if (!s.matches("[a-z0-9][a-z0-9-]*")) {
            throw node.where().error("expected " + what + " in lower case letters, digits and dashes, found \"" + s + "\"");
        }
        return s;
    }

    static String uniqueId(JNode.JObject o, Set<String> seen, String what) throws ContentException {
        JNode node = JRead.required(o, "id", "the " + what + "'s id");
        String s = id(node, "a " + what + " id");
        if (!seen.add(s)) throw node.where().error("duplicate " + what + " id \"" + s + "\"; expected each id once");
        return s;
    }

    static String ref(JNode node, Set<String> known, String what) throws ContentException {
        String s = JRead.string(node, "a " + what + " id");
        if (!known.contains(s)) throw node.where().error("unknown " + what + " \"" + s + "\"; expected one of " + JRead.list(known));
        return s;
    }

    static String bucketRef(JNode node, Set<String> buckets) throws ContentException {
        return ref(node, buckets, "bucket");
    }

    static int lineNumber(JNode node, int lines) throws ContentException {
        long l = JRead.integer(node, "a line number", 1);
        if (l > lines) throw node.where().error("expected a line number from 1 to " + lines + ", found " + l);
        return (int) l;
    }

    static JNode.JArray nonEmpty(JNode node, String what, int min) throws ContentException {
        JNode.JArray a = JRead.array(node, what);
        if (a.items().size() < min) {
            throw a.where().error("expected at least " + min + " " + what + ", found " + a.items().size());
        }
        return a;
    }

    static void exactlyOneCorrect(JNode.JArray options, long correct) throws ContentException {
        if (correct != 1) {
            throw options.where().error("expected exactly one option with \"correct\": true, found " + correct);
        }
    }

    static String optionalScenario(JNode.JObject o) throws ContentException {
        JNode v = JRead.optional(o, "scenario");
        return v == null ? null : id(v, "an explorer scenario id");
    }

    static Note note(JNode.JObject o) throws ContentException {
        JNode v = JRead.optional(o, "note");
        return v == null ? null : noteObject(v);
    }

    static Note noteObject(JNode v) throws ContentException {
        JNode.JObject no = JRead.object(v, "a note with \"text\" and \"evidence\"");
        JRead.onlyKeys(no, "a note", "text", "evidence");
        return new Note(text(no, "text", "the note"), evidence(no, "a note"));
    }

    /** The required {@code "evidence"} of an item whose text describes Next.js: measured, source or modelled. */
    static Evidence evidence(JNode.JObject o, String claim) throws ContentException {
        return EvidenceReader.required(o, claim, Reference.bundled());
    }
}
