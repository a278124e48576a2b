package dev.cachelab.reference;

import dev.cachelab.json.ContentException;
import dev.cachelab.json.JNode;
import dev.cachelab.json.JRead;
import dev.cachelab.json.LocatedJsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code reference/rules.json} ({@value #FORMAT}) with the same precise errors as every other loader: each
 * problem names the file, line, column and JSON path, e.g. {@code rules.json:40:21: $.rules[3].evidence.kind: unknown
 * evidence kind "guessed"; expected one of measured, source, modelled}.
 */
public final class ReferenceLoader {

    public static final String FORMAT = "cachelab-reference/1";

    private static final Pattern RULE_ID = Pattern.compile("R[1-9]\\d*");
    private static final Pattern SECTION_ID = Pattern.compile("§\\d+(\\.\\d+)?");
    private static final Pattern FINDING_ID = Pattern.compile("F[1-9]\\d*");
    private static final Pattern CASE = Pattern.compile("[a-z0-9][A-Za-z0-9-]*");

    private ReferenceLoader() {
    }

    public static Reference load(String text, String fileName) throws ContentException {
        return load(LocatedJsonParser.parse(text, fileName));
    }

    static Reference loadResource(String resource) throws ContentException {
        try (InputStream in = ReferenceLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ContentException(resource, 0, 0, null, "no such bundled file");
            return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new ContentException(resource, 0, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private record Pending(ReferenceEntry entry, JNode evidence) { }

    private static Reference load(JNode rootNode) throws ContentException {
        JNode.JObject root = JRead.object(rootNode, "the reference file");
        JRead.onlyKeys(root, "the reference file", "format", "note", "checked", "rules", "sections", "findings");
        JNode formatNode = JRead.required(root, "format", "\"" + FORMAT + "\"");
        String format = JRead.string(formatNode, "the file format");
        if (!FORMAT.equals(format)) throw formatNode.where().error("unknown format \"" + format + "\"; expected \"" + FORMAT + "\"");
        JNode.JObject checked = JRead.object(JRead.required(root, "checked", "the versions checked against"), "{\"versions\": […], \"text\": …}");
        JRead.onlyKeys(checked, "\"checked\"", "versions", "text");
        JNode versionsNode = JRead.required(checked, "versions", "the Next.js versions, e.g. [\"16.4.6\"]");
        List<String> versions = JRead.stringList(versionsNode, "versions");
        if (versions.isEmpty()) throw versionsNode.where().error("expected at least one Next.js version");
        for (JNode v : JRead.array(versionsNode, "versions").items()) {
            if (!((JNode.JString) v).value().matches("\\d+\\.\\d+\\.\\d+")) throw v.where().error("expected a version such as \"16.4.6\"");
        }
        String checkedText = text(checked, "text", "how the behaviour was checked");

        Set<String> ids = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        read(root, "rules", ReferenceEntry.Group.RULE, RULE_ID, "R16", ids, pending);
        read(root, "sections", ReferenceEntry.Group.SECTION, SECTION_ID, "§2.4", ids, pending);
        read(root, "findings", ReferenceEntry.Group.FINDING, FINDING_ID, "F3", ids, pending);
        Reference draft = new Reference(versions, checkedText, pending.stream().map(Pending::entry).toList());
        List<ReferenceEntry> entries = new ArrayList<>();
        for (Pending p : pending) {
            ReferenceEntry e = p.entry();
            if (p.evidence() != null) {
                Evidence ev = EvidenceReader.read(p.evidence(), draft);
                e = new ReferenceEntry(e.id(), e.group(), e.title(), e.text(), ev, e.where(), e.cases());
            }
            entries.add(e);
        }
        return new Reference(versions, checkedText, entries);
    }

    private static void read(JNode.JObject root, String key, ReferenceEntry.Group group, Pattern idPattern, String example,
                             Set<String> ids, List<Pending> out) throws ContentException {
        JNode.JArray items = JRead.array(JRead.required(root, key, "the " + key), "the " + key);
        for (JNode item : items.items()) {
            JNode.JObject o = JRead.object(item, "an entry {id, title, text, …}");
            switch (group) {
                case RULE -> JRead.onlyKeys(o, "a rule", "id", "title", "text", "evidence", "cases");
                case SECTION -> JRead.onlyKeys(o, "a spec section", "id", "title", "text", "where");
                case FINDING -> JRead.onlyKeys(o, "a finding", "id", "title", "text", "cases");
            }
            JNode idNode = JRead.required(o, "id", "the id, e.g. \"" + example + "\"");
            String id = JRead.string(idNode, "the id");
            if (!idPattern.matcher(id).matches()) throw idNode.where().error("expected an id like \"" + example + "\", found \"" + id + "\"");
            if (!ids.add(id)) throw idNode.where().error("duplicate id \"" + id + "\"; expected each id once");
            String title = text(o, "title", "a title in plain words");
            String text = text(o, "text", "what it says, in plain words");
            List<String> cases = new ArrayList<>();
            JNode casesNode = JRead.optional(o, "cases");
            if (casesNode != null) {
                for (JNode c : JRead.array(casesNode, "conformance case names").items()) {
                    String name = JRead.string(c, "a case name");
                    if (!CASE.matcher(name).matches()) {
                        throw c.where().error("expected a conformance case's file name without .json, e.g."
                                + " \"sa-updateTag-redirect--static\"; found \"" + name + "\"");
                    }
                    if (cases.contains(name)) throw c.where().error("case \"" + name + "\" is listed twice");
                    cases.add(name);
                }
            }
            Evidence evidence;
            JNode evidenceNode = null;
            String where = null;
            switch (group) {
                case RULE -> {
                    evidenceNode = JRead.required(o, "evidence", EvidenceReader.WHAT);
                    evidence = null;
                }
                case SECTION -> {
                    where = text(o, "where", "the shipped file(s) it was read from");
                    evidence = new Evidence(Evidence.Kind.SOURCE, "spec " + id + ": next@16.4.6 " + where);
                }
                default -> {
                    if (cases.isEmpty()) throw o.where().error("a finding needs the \"cases\" that measured it");
                    evidence = new Evidence(Evidence.Kind.MEASURED, String.join(", ", cases));
                }
            }
            out.add(new Pending(new ReferenceEntry(id, group, title, text, evidence, where, cases), evidenceNode));
        }
    }

    private static String text(JNode.JObject o, String key, String what) throws ContentException {
        JNode node = JRead.required(o, key, what);
        String s = JRead.string(node, what);
        if (s.isBlank()) throw node.where().error("expected " + what + ", found an empty string");
        return s;
    }
}
