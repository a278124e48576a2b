package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import dev.cachelab.reference.Evidence;

/**
 * Review a teammate's code: click lines, leave comments, tag each comment with the flaws it names. The data lists
 * the flaws and where each one is ({@link Finding}); one line may carry several. Grading reports every finding as
 * found or missed (with why), and every tag put on a line that does not carry that flaw.
 * <p>
 * The score ({@link #SCORING}): one point per finding found, minus one per such wrong tag, never below zero, out
 * of the number of findings. The total never changes with what was tagged, so scores of two attempts compare.
 */
public record PrReview(String prompt, List<String> code, List<Flaw> flaws, List<Finding> findings) implements Exercise {

    /** The scoring rule, as the learner is told it. */
    public static final String SCORING = "One point per flaw found, minus one for each flaw you tag on a line that "
            + "does not have it (never below zero).";

    public PrReview {
        code = List.copyOf(code);
        flaws = List.copyOf(flaws);
        findings = List.copyOf(findings);
    }

    /** A class of mistake the learner can tag a comment with. */
    public record Flaw(String id, String label, String summary) {
    }

    /**
     * Flaw {@code flaw} is on 1-based {@code line}; a comment on one of {@code alsoAccept} counts too (e.g. the
     * opening line of the block the flaw is about).
     */
    public record Finding(String flaw, int line, Set<Integer> alsoAccept, String explanation, Note note,
                          Evidence evidence) {
        public Finding {
            alsoAccept = Set.copyOf(alsoAccept);
        }

        public boolean accepts(int l) {
            return l == line || alsoAccept.contains(l);
        }
    }

    /** A learner's review comment on 1-based {@code line}, tagged with flaw ids. */
    public record Comment(int line, Set<String> flaws, String text) {
        public Comment {
            flaws = Set.copyOf(flaws);
        }
    }

    @Override
    public ExerciseKind kind() {
        return ExerciseKind.PR_REVIEW;
    }

    public Flaw flaw(String id) {
        return flaws.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no flaw " + id));
    }

    /** Lines that carry more than one finding, e.g. the line with three flaws. */
    public Set<Integer> crowdedLines() {
        Set<Integer> seen = new TreeSet<>();
        Set<Integer> crowded = new TreeSet<>();
        for (Finding f : findings) if (!seen.add(f.line())) crowded.add(f.line());
        return crowded;
    }

    /**
     * Grades a review. Each finding's feedback names the flaw, the line it is on and what the learner did there in
     * plain words: ticked it, commented on the line without ticking it (and what was ticked instead), or left the
     * line without a comment. Each tick on a line without that flaw is reported too, with where the flaw really is.
     */
    public Graded grade(List<Comment> comments) {
        List<Feedback> out = new ArrayList<>();
        int found = 0;
        for (Finding f : findings) {
            Flaw flaw = flaw(f.flaw());
            String id = f.flaw() + "@" + f.line();
            String subject = quoted(flaw.label()) + ", line " + f.line();
            String where = quoted(flaw.label()) + " is on line " + f.line() + " (" + code.get(f.line() - 1).strip() + "). ";
            if (comments.stream().anyMatch(c -> f.accepts(c.line()) && c.flaws().contains(f.flaw()))) {
                found++;
                out.add(new Feedback(id, subject, true, "Found. " + where + f.explanation(), f.note(), f.evidence()));
                continue;
            }
            // the comments the learner left on lines this finding accepts, none of which ticked this flaw
            List<Comment> near = comments.stream().filter(c -> f.accepts(c.line())).toList();
            String did;
            if (near.isEmpty()) {
                did = "Missed. " + where + "Your review has no comment on that line. ";
            } else {
                Comment c = near.get(0);
                List<String> ticked = c.flaws().stream().map(t -> quoted(flaw(t).label())).sorted().toList();
                did = "Missed. " + where + "You commented on line " + c.line() + (c.line() == f.line() ? "" : ", which counts for it,")
                        + " but ticked " + (ticked.isEmpty() ? "no flaw" : String.join(" and ", ticked))
                        + " there instead of " + quoted(flaw.label()) + ". ";
            }
            out.add(new Feedback(id, subject, false, did + f.explanation(), f.note(), f.evidence()));
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Comment c : comments) {
            for (String tag : c.flaws()) {
                boolean real = findings.stream().anyMatch(f -> f.flaw().equals(tag) && f.accepts(c.line()));
                if (real || !reported.add(tag + "@" + c.line())) continue;
                Flaw flaw = flaw(tag);
                List<Integer> lines = findings.stream().filter(f -> f.flaw().equals(tag)).map(Finding::line).toList();
                out.add(new Feedback("false:" + tag + "@" + c.line(), quoted(flaw.label()) + " ticked on line " + c.line(), false,
                        "You ticked " + quoted(flaw.label()) + " on line " + c.line() + ", which does not have that flaw. "
                                + flaw.summary() + (lines.isEmpty() ? "" : " It is on line " + joinLines(lines) + "."), null, null));
            }
        }
        int score = Math.max(0, found - reported.size());
        return new Graded(new Score(score, findings.size()), out);
    }

    private static String quoted(String s) {
        return "\u201c" + s + "\u201d";
    }

    /** How many findings a graded review found (its feedback ids are {@code flaw@line}). */
    public static long found(Graded g) {
        return g.feedback().stream().filter(f -> !f.id().startsWith("false:") && f.right()).count();
    }

    /** How many tags a graded review put on lines without that flaw. */
    public static long wrongTags(Graded g) {
        return g.feedback().stream().filter(f -> f.id().startsWith("false:")).count();
    }

    private static String joinLines(List<Integer> lines) {
        return String.join(" and ", lines.stream().map(String::valueOf).toList());
    }
}
