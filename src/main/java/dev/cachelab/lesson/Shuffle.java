package dev.cachelab.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order options are shown in for one attempt. The data's order stays the canonical one (the first option is
 * often the right one when a lesson is written); learners see a new random order each attempt, drawn from a
 * {@link Random} the caller owns, so a test can seed it. Grading never looks at positions: it compares the option
 * chosen with the right one.
 */
public final class Shuffle {

    private Shuffle() {
    }

    /** {@code items} in a random order; the list given is left as it is. */
    public static <T> List<T> of(List<T> items, Random random) {
        List<T> out = new ArrayList<>(items);
        Collections.shuffle(out, random);
        return List.copyOf(out);
    }
}
