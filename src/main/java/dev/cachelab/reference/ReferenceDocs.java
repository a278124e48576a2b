package dev.cachelab.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docs/} from the reference data, so the markdown a user reads after cloning and the Reference panel in
 * the app say the same thing ({@code ReferenceDocsTest} fails when they differ and can rewrite them).
 */
public final class ReferenceDocs {

    /** Where the generated files point to for a case file. */
    static final String CASES_DIR = "../src/test/resources/conformance/";

    private ReferenceDocs() {
    }

    /** File name under {@code docs/} → its markdown. */
    public static Map<String, String> render(Reference ref) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("README.md", index(ref));
        out.put(ReferenceEntry.Group.RULE.doc(), group(ref, ReferenceEntry.Group.RULE, "Rules the engine follows",
                "Cache Lab's engine follows these rules, and its code cites them by number. A rule's evidence says how it is"
                        + " known, and its cases are the conformance cases (observed on a real server) that show it."));
        out.put(ReferenceEntry.Group.SECTION.doc(), group(ref, ReferenceEntry.Group.SECTION, "What the shipped code does",
                "Sections of the Next.js 16.4.6 package that the rules rest on, summarised from reading the published"
                        + " code (the file paths are inside the next@16.4.6 package)."));
        out.put(ReferenceEntry.Group.FINDING.doc(), group(ref, ReferenceEntry.Group.FINDING, "What was measured",
                "What real Next.js servers did where the behaviour differs from the docs or the simple story."));
        return out;
    }

    private static String index(Reference ref) {
        StringBuilder b = new StringBuilder();
        b.append("# Cache Lab reference\n\n");
        b.append(GENERATED);
        b.append("Everything Cache Lab says about Next.js leads here: the rules its engine follows, what the shipped code"
                + " does, and what was measured on real servers, in this project's own words.\n\n");
        b.append("## Versions\n\nChecked against Next.js ").append(ref.versionsText()).append(". ").append(ref.checked()).append("\n\n");
        b.append("## How a claim is known\n\nEvery note, explanation and Why? line about Next.js carries one of three badges:\n\n");
        b.append("- **● measured**: ").append(Evidence.Kind.MEASURED.meaning()).append("; it names the conformance case or finding.\n");
        b.append("- **■ source**: ").append(Evidence.Kind.SOURCE.meaning()).append("; it names the spec section.\n");
        b.append("- **△ modelled**: ").append(Evidence.Kind.MODELLED.meaning()).append("; it says what Cache Lab assumes.\n\n");
        b.append("Only measured and source claims are labelled \u201cIn Next.js 16.4.6\u201d. In the app, a rule number"
                + " (R15), a spec section (§4.5) or a finding (F3) is a link that opens the Reference panel, where every"
                + " case that shows it plays in the explorer with one click.\n\n");
        b.append("## Contents\n\n");
        b.append("- [Rules the engine follows](rules.md): ").append(range(ref, ReferenceEntry.Group.RULE)).append('\n');
        b.append("- [What the shipped code does](spec.md): ").append(range(ref, ReferenceEntry.Group.SECTION)).append('\n');
        b.append("- [What was measured](findings.md): ").append(range(ref, ReferenceEntry.Group.FINDING)).append('\n');
        b.append("- The conformance cases themselves: [`src/test/resources/conformance/`](").append(CASES_DIR).append(")\n");
        return b.toString();
    }

    private static final String GENERATED = "<!-- Generated from resources/reference/rules.json by ReferenceDocs; edit the"
            + " data, then run ReferenceDocsTest with -Dcachelab.writeDocs=true. -->\n\n";

    private static String range(Reference ref, ReferenceEntry.Group g) {
        List<ReferenceEntry> es = ref.entries(g);
        return es.get(0).id() + " to " + es.get(es.size() - 1).id();
    }

    private static String group(Reference ref, ReferenceEntry.Group g, String title, String intro) {
        StringBuilder b = new StringBuilder("# ").append(title).append("\n\n").append(GENERATED).append(intro).append("\n\n");
        for (ReferenceEntry e : ref.entries(g)) {
            b.append("<a id=\"").append(e.anchor()).append("\"></a>\n");
            b.append("## ").append(e.id()).append(" \u2014 ").append(e.title()).append("\n\n");
            b.append(e.text()).append("\n\n");
            b.append("*").append(badge(e.evidence())).append("* \u2014 ").append(e.evidence().ref()).append("\n");
            if (!e.cases().isEmpty()) {
                b.append("\nCases: ");
                for (int i = 0; i < e.cases().size(); i++) {
                    String c = e.cases().get(i);
                    if (i > 0) b.append(", ");
                    b.append("[`").append(c).append("`](").append(CASES_DIR).append(c).append(".json)");
                }
                b.append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** "● measured", "■ source", "△ modelled": a shape and a word, as on the app's badges. */
    public static String badge(Evidence e) {
        return switch (e.kind()) {
            case MEASURED -> "\u25cf measured";
            case SOURCE -> "\u25a0 source";
            case MODELLED -> "\u25b3 modelled";
        };
    }
}
