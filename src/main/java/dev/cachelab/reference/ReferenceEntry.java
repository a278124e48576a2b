package dev.cachelab.reference;

import java.util.List;

/**
 * One thing a reference link can open: a rule the engine follows ({@code R16}), a section of what the shipped code
 * does ({@code §2.4}), or a measured finding ({@code F3}); its plain-words text, its evidence, and the conformance
 * cases (file names without {@code .json}) that show it.
 */
public record ReferenceEntry(String id, Group group, String title, String text, Evidence evidence, String where,
                             List<String> cases) {

    public enum Group {
        RULE("Rule", "rules.md"), SECTION("Spec", "spec.md"), FINDING("Finding", "findings.md");

        private final String word;
        private final String doc;

        Group(String word, String doc) {
            this.word = word;
            this.doc = doc;
        }

        public String word() { return word; }

        /** The file under {@code docs/} that holds this group. */
        public String doc() { return doc; }
    }

    public ReferenceEntry {
        cases = List.copyOf(cases);
    }

    /** "Rule R16", "Spec §2.4", "Finding F3". */
    public String label() {
        return group.word() + " " + id;
    }

    /** The markdown anchor of this entry in its docs file. */
    public String anchor() {
        return id.toLowerCase().replace("§", "s").replace('.', '-');
    }
}
