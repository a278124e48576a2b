package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.cachelab.reference.Evidence;

/**
 * Code with blanks ({@code {{id}}} in a line) to fill from dropdowns. Each blank has options, exactly one right,
 * each with why, each text once (so an option is known by its text). The loader checks that every placeholder has a blank and every blank is used exactly once.
 * {@code note} (optional) is shown with the graded answer: where 16.4.6 makes the finished code behave differently
 * from the simple story.
 */
public record FillSeam(String prompt, List<String> code, List<Blank> blanks, Note note) implements Exercise {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_-]+)}}");

    public FillSeam {
        code = List.copyOf(code);
        blanks = List.copyOf(blanks);
    }

    public record Blank(String id, String label, List<Option> options, Evidence evidence) {
        public Blank {
            options = List.copyOf(options);
        }

        /** The right option. */
        public Option right() {
            return options.stream().filter(Option::correct).findFirst()
                    .orElseThrow(() -> new IllegalStateException("blank " + id + " has no right option"));
        }
    }

    public record Option(String text, boolean correct, String why) {
    }

    /** A piece of a code line: literal text, or a blank. */
    public sealed interface Segment permits Text, BlankRef {
    }

    public record Text(String text) implements Segment {
    }

    public record BlankRef(Blank blank) implements Segment {
    }

    @Override
    public ExerciseKind kind() {
        return ExerciseKind.FILL_SEAM;
    }

    public Blank blank(String id) {
        return blanks.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no blank " + id));
    }

    /** The code split into segments, one list per line. */
    public List<List<Segment>> lines() {
        List<List<Segment>> out = new ArrayList<>();
        for (String line : code) {
            List<Segment> segs = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(line);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) segs.add(new Text(line.substring(at, m.start())));
                segs.add(new BlankRef(blank(m.group(1))));
                at = m.end();
            }
            if (at < line.length() || segs.isEmpty()) segs.add(new Text(line.substring(at)));
            out.add(segs);
        }
        return out;
    }

    /**
     * Grades every blank: blank id → the option chosen (missing = left empty). By option, not by position: the
     * dropdowns may show the options in any order.
     */
    public Graded grade(Map<String, Option> chosen) {
        List<Feedback> out = new ArrayList<>();
        for (Blank b : blanks) {
            Option right = b.right();
            Option picked = chosen.get(b.id());
            if (picked != null && !b.options().contains(picked)) {
                throw new IllegalArgumentException("not an option of blank " + b.id() + ": " + picked.text());
            }
            if (picked == null) {
                out.add(new Feedback(b.id(), b.label(), false,
                        "Left empty. The answer is " + right.text() + ": " + right.why(), null, b.evidence()));
            } else if (picked.equals(right)) {
                out.add(new Feedback(b.id(), b.label(), true, right.why(), null, b.evidence()));
            } else {
                out.add(new Feedback(b.id(), b.label(), false, "You chose " + picked.text() + ". " + picked.why()
                        + " The answer is " + right.text() + ": " + right.why(), null, b.evidence()));
            }
        }
        return Graded.of(out);
    }
}
