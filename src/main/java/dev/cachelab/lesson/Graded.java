package dev.cachelab.lesson;

import java.util.List;

/** The result of pressing Check: a score and one {@link Feedback} per graded item, in display order. */
public record Graded(Score score, List<Feedback> feedback) {

    public Graded {
        feedback = List.copyOf(feedback);
    }

    public List<Feedback> mistakes() {
        return feedback.stream().filter(f -> !f.right()).toList();
    }

    static Graded of(List<Feedback> feedback) {
        int right = (int) feedback.stream().filter(Feedback::right).count();
        return new Graded(new Score(right, feedback.size()), feedback);
    }
}
