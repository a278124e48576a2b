package dev.cachelab.lesson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A learner's progress on one path item: done or not, how many checks, the last and the best score (null for items
 * that are read or opened rather than graded), and the answers of an attempt not finished yet (question id → the
 * option's text), so a half-answered multiple-choice set survives a restart.
 */
public record ItemProgress(boolean done, int attempts, Score last, Score best, Map<String, String> answers) {

    public static final ItemProgress NONE = new ItemProgress(false, 0, null, null);

    public ItemProgress {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers == null ? Map.of() : answers));
    }

    public ItemProgress(boolean done, int attempts, Score last, Score best) {
        this(done, attempts, last, best, Map.of());
    }

    /** After a graded attempt: done, one more attempt, the best score kept, the finished attempt's answers gone. */
    public ItemProgress graded(Score score) {
        Score b = best == null || best.total() != score.total() || score.correct() > best.correct() ? score : best;
        return new ItemProgress(true, attempts + 1, score, b, Map.of());
    }

    /** Read, opened, or walked to an end: done without a score change. */
    public ItemProgress visited() {
        return new ItemProgress(true, attempts, last, best, answers);
    }

    /** The answers of the attempt in progress (empty: none). */
    public ItemProgress withAnswers(Map<String, String> inProgress) {
        return new ItemProgress(done, attempts, last, best, inProgress);
    }
}
