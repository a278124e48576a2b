package dev.cachelab.lesson;

/**
 * One graded item: a card, a blank, a question, a review finding. {@code id} names the item in its exercise;
 * {@code right} says whether the learner got it; {@code explanation} always says why, so a wrong answer teaches
 * instead of only marking. {@code note} carries a 16.4.6 fidelity remark with its source, when there is one.
 */
public record Feedback(String id, String subject, boolean right, String explanation, Note note) {
}
