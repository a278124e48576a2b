package dev.cachelab.reference;

import dev.cachelab.json.ContentException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceLoaderTest {

    @Test
    void theBundledReferenceHoldsEveryRuleSectionAndFindingTheContentCites() {
        Reference r = Reference.bundled();
        assertThat(r.entries(ReferenceEntry.Group.RULE)).hasSize(36);
        assertThat(r.find("R21(b)")).get().extracting(ReferenceEntry::id).isEqualTo("R21");
        assertThat(r.find("§4.5")).isPresent();
        assertThat(r.find("F20")).isPresent();
        assertThat(r.versions()).containsExactly("16.4.6", "16.5.0");
        assertThat(r.entries()).allSatisfy(e -> assertThat(e.evidence()).as(e.id()).isNotNull());
    }

    @Test
    void everyCaseTheReferenceListsIsBundled() {
        for (String c : Reference.bundled().cases()) {
            assertThat(Files.exists(Path.of("src/test/resources/conformance", c + ".json"))).as(c).isTrue();
        }
    }

    /** The Reference panel is the way into the cases: each observed case plays from a rule or finding that it shows. */
    @Test
    void everyBundledCaseIsShownByARuleOrFinding() throws IOException {
        Set<String> listed = Reference.bundled().cases();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/conformance"))) {
            List<String> bundled = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
            assertThat(bundled).isNotEmpty();
            assertThat(bundled).allSatisfy(c -> assertThat(listed).as("a rule or finding listing " + c).contains(c));
        }
    }

    @Test
    void aRuleWithoutEvidenceIsNamedWithItsPlace() {
        assertThatThrownBy(() -> ReferenceLoader.load(file("{\"id\": \"R1\", \"title\": \"t\", \"text\": \"x\"}"), "rules.json"))
                .isInstanceOf(ContentException.class)
                .hasMessage("rules.json:5:5: $.rules[0]: missing field \"evidence\"; expected " + EvidenceReader.WHAT);
    }

    @Test
    void anUnknownKindIsNamedWithItsPlace() {
        assertThatThrownBy(() -> ReferenceLoader.load(file("{\"id\": \"R1\", \"title\": \"t\", \"text\": \"x\","
                + " \"evidence\": {\"kind\": \"guessed\", \"ref\": \"x\"}}"), "rules.json"))
                .hasMessage("rules.json:5:66: $.rules[0].evidence.kind: unknown evidence kind \"guessed\"; expected one of"
                        + " measured, source, modelled");
    }

    @Test
    void aMeasuredClaimMustNameItsCaseAndARefMustNameRealEntries() {
        assertThatThrownBy(() -> ReferenceLoader.load(file("{\"id\": \"R1\", \"title\": \"t\", \"text\": \"x\","
                + " \"evidence\": {\"kind\": \"measured\", \"ref\": \"we saw it\"}}"), "rules.json"))
                .hasMessageContaining("$.rules[0].evidence.ref: a measured claim must name the conformance case or finding");
        assertThatThrownBy(() -> ReferenceLoader.load(file("{\"id\": \"R1\", \"title\": \"t\", \"text\": \"x\","
                + " \"evidence\": {\"kind\": \"source\", \"ref\": \"R99; spec §4.5\"}}"), "rules.json"))
                .hasMessageContaining("unknown rule R99");
        assertThatThrownBy(() -> ReferenceLoader.load(file("{\"id\": \"R1\", \"title\": \"t\", \"text\": \"x\","
                + " \"evidence\": {\"kind\": \"modelled\", \"ref\": \"guess\"}}"), "rules.json"))
                .hasMessageContaining("a modelled claim must say what Cache Lab assumes");
    }

    @Test
    void tokensFindRulesSectionsFindingsAndCases() {
        var tokens = RefTokens.scan("R16, R21(b); spec §4.5; F3; sa-updateTag-redirect--static", Set.of("sa-updateTag-redirect--static"));
        assertThat(tokens).extracting(RefTokens.Token::target).containsExactly("R16", "R21", "§4.5", "F3", "sa-updateTag-redirect--static");
        assertThat(RefTokens.scan("PR #88069 and RFC3", Set.of())).isEmpty();
    }

    private static String file(String rule) {
        return "{\n  \"format\": \"cachelab-reference/1\",\n  \"checked\": {\"versions\": [\"16.4.6\"], \"text\": \"t\"},\n"
                + "  \"rules\": [\n    " + rule + "\n  ],\n  \"sections\": [],\n  \"findings\": []\n}\n";
    }
}
