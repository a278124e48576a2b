package dev.cachelab.lesson;

import dev.cachelab.reference.Evidence;

/**
 * One graded item: a card, a blank, a question, a review finding. {@code id} names the item in its exercise;
 * {@code right} says whether the learner got it; {@code explanation} always says why, so a wrong answer teaches
 * instead of only marking. {@code note} carries a 16.4.6 fidelity remark, when there is one; {@code evidence} says how the
 * explanation's claim about Next.js is known (null for feedback about the learner's own work, e.g. a wrong tag).
 */
public record Feedback(String id, String subject, boolean right, String explanation, Note note, Evidence evidence) {
}
