package dev.cachelab.lesson;

/** {@code correct} out of {@code total}. */
public record Score(int correct, int total) {

    public Score {
        if (total < 0 || correct < 0 || correct > total) {
            throw new IllegalArgumentException("score " + correct + "/" + total);
        }
    }

    public boolean perfect() {
        return correct == total;
    }

    @Override
    public String toString() {
        return correct + "/" + total;
    }
}
