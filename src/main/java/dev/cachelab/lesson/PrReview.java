package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
    public record Finding(String flaw, int line, Set<Integer> alsoAccept, String explanation, Note note) {
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

    public Graded grade(List<Comment> comments) {
        List<Feedback> out = new ArrayList<>();
        int found = 0;
        for (Finding f : findings) {
            Flaw flaw = flaw(f.flaw());
            String id = f.flaw() + "@" + f.line();
            String subject = "Line " + f.line() + ": " + flaw.label();
            if (comments.stream().anyMatch(c -> f.accepts(c.line()) && c.flaws().contains(f.flaw()))) {
                found++;
                out.add(new Feedback(id, subject, true, f.explanation(), f.note()));
                continue;
            }
            // the lines the learner actually commented on, among those this finding accepts
            List<Integer> commented = comments.stream().map(Comment::line).filter(f::accepts).distinct().sorted().toList();
            String lead = commented.isEmpty()
                    ? "Missed: nobody flagged line " + f.line() + ". "
                    : "Missed: your comment on line" + (commented.size() == 1 ? " " : "s ") + joinLines(commented)
                            + " did not name this flaw. ";
            out.add(new Feedback(id, subject, false, lead + f.explanation(), f.note()));
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Comment c : comments) {
            for (String tag : c.flaws()) {
                boolean real = findings.stream().anyMatch(f -> f.flaw().equals(tag) && f.accepts(c.line()));
                if (real || !reported.add(tag + "@" + c.line())) continue;
                Flaw flaw = flaw(tag);
                List<Integer> where = findings.stream().filter(f -> f.flaw().equals(tag)).map(Finding::line).toList();
                out.add(new Feedback("false:" + tag + "@" + c.line(), "Line " + c.line() + ": " + flaw.label(), false,
                        "Line " + c.line() + " does not have this flaw. " + flaw.summary()
                                + (where.isEmpty() ? "" : " It is on line " + joinLines(where) + "."), null));
            }
        }
        int score = Math.max(0, found - reported.size());
        return new Graded(new Score(score, findings.size()), out);
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
