package dev.cachelab.lesson;

/**
 * Where real Next.js 16.4.6 differs from (or sharpens) the simple story: a sentence and its source, e.g.
 * {@code "R11; FINDINGS difference 3"}. Shown beside explanations so learners can check the claim.
 */
public record Note(String text, String source) {

    /** "text (source)", or just the text when there is no source. */
    public String cited() {
        return source == null || source.isBlank() ? text : text + " (" + source + ")";
    }
}
