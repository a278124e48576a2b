package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.cachelab.reference.Evidence;

/**
 * Sort mutation cards into tool buckets. Each card knows its bucket and why, and why each other bucket is wrong
 * ({@code wrong}, keyed by bucket id; the loader requires one for every other bucket). Grading explains every
 * misplaced card with both.
 */
public record BucketQuiz(String instructions, List<Bucket> buckets, List<Card> cards) implements Exercise {

    public BucketQuiz {
        buckets = List.copyOf(buckets);
        cards = List.copyOf(cards);
    }

    public record Bucket(String id, String label, String hint) {
    }

    public record Card(String id, String text, String bucket, String why, Map<String, String> wrong, Note note,
                       Evidence evidence) {
        public Card {
            wrong = Collections.unmodifiableMap(new LinkedHashMap<>(wrong));
        }
    }

    @Override
    public ExerciseKind kind() {
        return ExerciseKind.BUCKET_SORT;
    }

    public Bucket bucket(String id) {
        return buckets.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bucket " + id));
    }

    /** The cards in a new random order: every attempt starts shuffled. */
    public List<Card> shuffled(Random random) {
        List<Card> deck = new ArrayList<>(cards);
        Collections.shuffle(deck, random);
        return deck;
    }

    /**
     * Grades a placement (card id → bucket id). Every card gets feedback, in the order of {@code cards}; a card
     * that was not placed counts as wrong.
     */
    public Graded grade(Map<String, String> placement) {
        List<Feedback> out = new ArrayList<>();
        for (Card c : cards) {
            String placed = placement.get(c.id());
            Bucket right = bucket(c.bucket());
            if (c.bucket().equals(placed)) {
                out.add(new Feedback(c.id(), c.text(), true, "It belongs in " + right.label() + ": " + c.why(), c.note(), c.evidence()));
            } else if (placed == null) {
                out.add(new Feedback(c.id(), c.text(), false,
                        "Not placed. It belongs in " + right.label() + ": " + c.why(), c.note(), c.evidence()));
            } else {
                String whyNot = c.wrong().get(placed);
                String text = "You put it in " + bucket(placed).label() + ". "
                        + (whyNot != null ? whyNot + " " : "")
                        + "It belongs in " + right.label() + ": " + c.why();
                out.add(new Feedback(c.id(), c.text(), false, text, c.note(), c.evidence()));
            }
        }
        return Graded.of(out);
    }
}
