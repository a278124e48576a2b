package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.cachelab.reference.Evidence;

/**
 * Questions with one right option each. Every option carries why it is right or wrong. Options are graded by
 * which one was chosen, never by position: a view shows them in any order ({@link Shuffle}).
 */
public record MultipleChoice(List<Question> questions) implements Exercise {

    public MultipleChoice {
        questions = List.copyOf(questions);
    }

    public record Question(String id, String prompt, List<Option> options, Note note, String scenario,
                           Evidence evidence) {
        public Question {
            options = List.copyOf(options);
        }

        /** The right option. */
        public Option right() {
            return options.stream().filter(Option::correct).findFirst()
                    .orElseThrow(() -> new IllegalStateException("question " + id + " has no right option"));
        }
    }

    public record Option(String text, boolean correct, String why) {
    }

    @Override
    public ExerciseKind kind() {
        return ExerciseKind.MULTIPLE_CHOICE;
    }

    /** Grades one question: {@code chosen} is one of its options, or null when unanswered. */
    public static Feedback grade(Question q, Option chosen) {
        Option right = q.right();
        if (chosen == null) {
            return new Feedback(q.id(), q.prompt(), false,
                    "Not answered. The answer is \u201c" + right.text() + "\u201d: " + right.why(), q.note(), q.evidence());
        }
        if (!q.options().contains(chosen)) throw new IllegalArgumentException("not an option of " + q.id() + ": " + chosen.text());
        if (chosen.equals(right)) return new Feedback(q.id(), q.prompt(), true, right.why(), q.note(), q.evidence());
        Option picked = chosen;
        return new Feedback(q.id(), q.prompt(), false, "You chose \u201c" + picked.text() + "\u201d. " + picked.why()
                + " The answer is \u201c" + right.text() + "\u201d: " + right.why(), q.note(), q.evidence());
    }

    /** Grades every question: question id → the option chosen (missing = unanswered). */
    public Graded grade(Map<String, Option> chosen) {
        List<Feedback> out = new ArrayList<>();
        for (Question q : questions) out.add(grade(q, chosen.get(q.id())));
        return Graded.of(out);
    }

    @Override
    public Set<String> scenarioIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Question q : questions) if (q.scenario() != null) ids.add(q.scenario());
        return ids;
    }
}
