package dev.cachelab.reference;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;

import java.util.List;

/**
 * Reads {@code "evidence": {"kind": "measured" | "source" | "modelled", "ref": "…"}} and checks the ref against the
 * reference: every rule, section and finding it names must exist; a measured claim must name a case or a finding, a
 * source claim a spec section, and a modelled one must say what is assumed.
 */
public final class EvidenceReader {

    /** What a content file says in {@code "evidence"}, for error messages. */
    public static final String WHAT = "{\"kind\": \"measured\" | \"source\" | \"modelled\", \"ref\": …}";

    private EvidenceReader() {
    }

    /** The required {@code "evidence"} field of {@code o}: a claim about Next.js must say how it is known. */
    public static Evidence required(JNode.JObject o, String claim, Reference reference) throws ContentException {
        JNode node = JRead.optional(o, "evidence");
        if (node == null) {
            throw o.where().error("missing field \"evidence\"; expected how the claim about Next.js in " + claim + " is known: " + WHAT);
        }
        return read(node, reference);
    }

    public static Evidence read(JNode node, Reference reference) throws ContentException {
        JNode.JObject o = JRead.object(node, "the evidence " + WHAT);
        JRead.onlyKeys(o, "evidence", "kind", "ref");
        JNode kindNode = JRead.required(o, "kind", "how it is known: " + String.join(", ", Evidence.Kind.words()));
        String word = JRead.string(kindNode, "the kind of evidence");
        Evidence.Kind kind = Evidence.Kind.byWord(word).orElseThrow(() -> kindNode.where().error("unknown evidence kind \""
                + word + "\"; expected one of " + String.join(", ", Evidence.Kind.words())));
        JNode refNode = JRead.required(o, "ref", refHint(kind));
        String ref = JRead.string(refNode, "the reference");
        check(kind, ref, refNode, reference);
        return new Evidence(kind, ref);
    }

    static void check(Evidence.Kind kind, String ref, JNode at, Reference reference) throws ContentException {
        String problem = problem(new Evidence(kind, ref), reference);
        if (problem != null) throw at.where().error(problem);
    }

    /** What is wrong with {@code e} against the reference, or null: the check the loaders make, for built evidence. */
    public static String problem(Evidence e, Reference reference) {
        String ref = e.ref();
        if (ref == null || ref.isBlank()) return "expected " + refHint(e.kind()) + ", found an empty string";
        List<RefTokens.Token> tokens = RefTokens.scan(ref, reference.cases());
        for (RefTokens.Token t : tokens) {
            if (t.kind() != RefTokens.Kind.CASE && reference.find(t.target()).isEmpty()) {
                return "unknown " + noun(t.kind()) + " " + t.text() + "; expected one that docs/" + docOf(t.kind()) + " lists";
            }
        }
        return switch (e.kind()) {
            case MEASURED -> tokens.stream().anyMatch(t -> t.kind() == RefTokens.Kind.CASE || t.kind() == RefTokens.Kind.FINDING)
                    ? null : "a measured claim must name the conformance case or finding that measured it,"
                    + " e.g. \"sa-updateTag-redirect--static\" or \"F1\"; found \"" + ref + "\"";
            case SOURCE -> tokens.stream().anyMatch(t -> t.kind() == RefTokens.Kind.SECTION)
                    ? null : "a source claim must name the spec section it was read from, e.g. \"spec §4.5\"; found \"" + ref + "\"";
            case MODELLED -> ref.trim().split("\\s+").length >= 3
                    ? null : "a modelled claim must say what Cache Lab assumes, in a few words; found \"" + ref + "\"";
        };
    }

    private static String refHint(Evidence.Kind kind) {
        return switch (kind) {
            case MEASURED -> "the case or finding that measured it";
            case SOURCE -> "the spec section it was read from";
            case MODELLED -> "what Cache Lab assumes";
        };
    }

    private static String noun(RefTokens.Kind k) {
        return switch (k) {
            case RULE -> "rule";
            case SECTION -> "spec section";
            case FINDING -> "finding";
            case CASE -> "case";
        };
    }

    private static String docOf(RefTokens.Kind k) {
        return switch (k) {
            case RULE -> "rules.md";
            case SECTION -> "spec.md";
            default -> "findings.md";
        };
    }
}
