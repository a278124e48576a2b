package dev.cachelab.reference;

import dev.cachelab.json.ContentException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules, spec sections and findings a user can follow from any claim on screen, with the Next.js versions the
 * behaviour was checked against. Loaded from {@code resources/reference/rules.json}; {@code docs/} is generated from
 * the same data.
 */
public final class Reference {

    public static final String RESOURCE = "reference/rules.json";

    private final List<String> versions;
    private final String checked;
    private final Map<String, ReferenceEntry> entries;
    private final Set<String> cases;

    Reference(List<String> versions, String checked, List<ReferenceEntry> entries) {
        this.versions = List.copyOf(versions);
        this.checked = checked;
        Map<String, ReferenceEntry> byId = new LinkedHashMap<>();
        Set<String> allCases = new LinkedHashSet<>();
        for (ReferenceEntry e : entries) {
            byId.put(e.id(), e);
            allCases.addAll(e.cases());
        }
        this.entries = Collections.unmodifiableMap(byId);
        this.cases = Collections.unmodifiableSet(allCases);
    }

    /** The Next.js versions the measured behaviour was checked against, e.g. 16.4.6 and 16.5.0. */
    public List<String> versions() { return versions; }

    /** One paragraph on how the behaviour was checked. */
    public String checked() { return checked; }

    public List<ReferenceEntry> entries() { return List.copyOf(entries.values()); }

    public List<ReferenceEntry> entries(ReferenceEntry.Group group) {
        return entries.values().stream().filter(e -> e.group() == group).toList();
    }

    /** Every conformance case some entry lists. */
    public Set<String> cases() { return cases; }

    /** The entry a token names: "R21(b)" finds R21. */
    public Optional<ReferenceEntry> find(String token) {
        String id = token.startsWith("R") && token.contains("(") ? token.substring(0, token.indexOf('(')) : token;
        return Optional.ofNullable(entries.get(id));
    }

    /** The entries that list {@code caseName} among the cases that show them. */
    public List<ReferenceEntry> showing(String caseName) {
        return entries.values().stream().filter(e -> e.cases().contains(caseName)).toList();
    }

    /** "16.4.6 and 16.5.0". */
    public String versionsText() {
        if (versions.size() == 1) return versions.get(0);
        return String.join(", ", versions.subList(0, versions.size() - 1)) + " and " + versions.get(versions.size() - 1);
    }

    /** The bundled reference. It is part of the app, so a broken one is a build error, not a user's problem. */
    public static Reference bundled() {
        return Bundled.REFERENCE;
    }

    private static final class Bundled {
        static final Reference REFERENCE = load();

        private static Reference load() {
            try {
                return ReferenceLoader.loadResource(RESOURCE);
            } catch (ContentException e) {
                throw new IllegalStateException("the bundled reference is broken: " + e.getMessage(), e);
            }
        }
    }
}
