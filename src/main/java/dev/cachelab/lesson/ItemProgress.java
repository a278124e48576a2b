package dev.cachelab.lesson;

/**
 * A learner's progress on one path item: done or not, how many checks, the last and the best score (null for items
 * that are read or opened rather than graded).
 */
public record ItemProgress(boolean done, int attempts, Score last, Score best) {

    public static final ItemProgress NONE = new ItemProgress(false, 0, null, null);

    /** After a graded attempt: done, one more attempt, the best score kept. */
    public ItemProgress graded(Score score) {
        Score b = best == null || best.total() != score.total() || score.correct() > best.correct() ? score : best;
        return new ItemProgress(true, attempts + 1, score, b);
    }

    /** Read, opened, or walked to an end: done without a score change. */
    public ItemProgress visited() {
        return new ItemProgress(true, attempts, last, best);
    }
}
