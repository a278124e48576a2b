package dev.cachelab.ui.explorer.model;

import dev.cachelab.engine.StepResult;
import dev.cachelab.engine.state.RouteCopy;
import dev.cachelab.reference.Evidence;
import dev.cachelab.reference.EvidenceReader;
import dev.cachelab.reference.Reference;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioPlayer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Why? lines carry evidence; a page no invalidation matched says so with its tags; a manifest tag explains itself. */
class WhyEvidenceTest {

    private static ScenarioPlayer played(String id, int steps) {
        Scenario s = BuiltInScenarios.load().scenarios().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        ScenarioPlayer p = new ScenarioPlayer(s);
        for (int i = 0; i < steps; i++) p.stepForward();
        return p;
    }

    private static String text(List<WhyLine> lines) {
        return lines.stream().map(WhyLine::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aPageWhoseTagMatchedNothingSaysSoAndListsItsTags() {
        // tag-typo: the save strikes a misspelled list tag; the prerendered list stays fresh
        ScenarioPlayer p = played("tag-typo", 2);
        List<StepResult> results = p.results();
        List<WhyLine> lines = WhyExplainer.route("/invoices", RouteCopy.MAIN, p.simulation(), results);
        String all = text(lines);
        assertThat(all).contains("No invalidation so far matched it. Struck: ").contains("Its own tags: ")
                .contains("invoices:list:org1").contains("_N_T_/invoices").contains("Tags match exactly, case included.");
        WhyLine unmatched = lines.stream().filter(l -> l.text().startsWith("No invalidation")).findFirst().orElseThrow();
        assertThat(unmatched.evidence().kind()).isEqualTo(Evidence.Kind.MEASURED);
        assertThat(unmatched.evidence().ref()).contains("F11");
    }

    @Test
    void aManifestTagSaysWhatItDoesAndWhoCarriesIt() {
        ScenarioPlayer p = played("stale-after-save", 3);
        List<WhyLine> lines = TagWhy.tag("invoices:list:org1", p.simulation(), p.results());
        String all = text(lines);
        assertThat(all).startsWith("Tag invoices:list:org1: marked stale at").contains("written by revalidateTag(")
                .contains("Carried by: ").contains("page /invoices");
        assertThat(lines).filteredOn(l -> l.evidence() != null).singleElement()
                .satisfies(l -> assertThat(l.text()).contains("is stale: it is served old once"));
        // a tag nobody carries: the typo
        ScenarioPlayer typo = played("tag-typo", 2);
        String struck = typo.simulation().manifest().all().keySet().stream().filter(t -> !t.startsWith("_N_T_"))
                .filter(t -> typo.simulation().store().entries().stream().noneMatch(e -> e.tags().contains(t)))
                .findFirst().orElseThrow();
        assertThat(text(TagWhy.tag(struck, typo.simulation(), typo.results()))).contains("No entry or page carries this tag");
        assertThat(text(TagWhy.tag("never-struck", typo.simulation(), typo.results()))).contains("has not been invalidated");
    }

    @Test
    void everyWhyLineOfEveryBuiltInScenarioHasEvidenceTheReferenceAccepts() {
        for (Scenario s : BuiltInScenarios.load().scenarios()) {
            ScenarioPlayer p = new ScenarioPlayer(s);
            while (p.position() < s.steps().size()) {
                p.stepForward();
                List<WhyLine> all = new java.util.ArrayList<>();
                all.addAll(ViewerWhy.explain(true, p.simulation(), p.results()));
                all.addAll(ViewerWhy.explain(false, p.simulation(), p.results()));
                for (var e : p.simulation().store().entries()) all.addAll(WhyExplainer.entry(e.key(), p.simulation(), p.results()));
                for (String path : p.simulation().routeCache().pathnames()) {
                    all.addAll(WhyExplainer.route(path, RouteCopy.MAIN, p.simulation(), p.results()));
                }
                for (String tag : p.simulation().manifest().all().keySet()) all.addAll(TagWhy.tag(tag, p.simulation(), p.results()));
                for (WhyLine l : all) {
                    // a claim's rule goes to its evidence (history lines quote the engine's events, links included)
                    if (!l.history()) assertThat(l.text()).as(s.id()).doesNotContainPattern("\\(R\\d+\\)");
                    if (l.evidence() != null) {
                        assertThat(EvidenceReader.problem(l.evidence(), Reference.bundled())).as(l.text()).isNull();
                    }
                }
            }
        }
    }
}
