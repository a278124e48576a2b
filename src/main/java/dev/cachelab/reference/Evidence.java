package dev.cachelab.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How Cache Lab knows a claim about Next.js: {@code measured} on a real server (the ref names the case or finding),
 * read from the shipped code ({@code source}: the ref names the spec section), or {@code modelled}, Cache Lab's own
 * inference where neither settles it (the ref says what is assumed).
 */
public record Evidence(Kind kind, String ref) {

    public enum Kind {
        MEASURED("measured", "measured on a real Next.js server"),
        SOURCE("source", "read from the shipped Next.js code"),
        MODELLED("modelled", "Cache Lab's own model, not settled by a measurement or the code");

        private final String word;
        private final String meaning;

        Kind(String word, String meaning) {
            this.word = word;
            this.meaning = meaning;
        }

        /** The word written in data files and on the badge. */
        public String word() { return word; }

        public String meaning() { return meaning; }

        public static Optional<Kind> byWord(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
        }

        public static List<String> words() {
            return Arrays.stream(values()).map(Kind::word).toList();
        }
    }

    /** Measured and source claims describe Next.js itself; only they may be labelled "In Next.js 16.4.6". */
    public boolean aboutNextJs() {
        return kind != Kind.MODELLED;
    }

    /** "In Next.js 16.4.6" for measured and source claims, "Cache Lab's model" for modelled ones. */
    public String lead() {
        return aboutNextJs() ? "In Next.js 16.4.6" : "Cache Lab's model";
    }
}
