package dev.cachelab.lesson;

import dev.cachelab.reference.Evidence;

/**
 * Where real Next.js 16.4.6 differs from (or sharpens) the simple story: a sentence and how it is known (measured,
 * read from the source, or Cache Lab's model), with the reference a learner can follow. Shown beside explanations.
 */
public record Note(String text, Evidence evidence) {
}
