package dev.cachelab.ui.explorer;

import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;
import dev.cachelab.ui.reference.BundledCases;

/**
 * Plays a conformance case that ships in the jar (the ones {@code bench} times) in the explorer: a case is a
 * scenario without narration, so the explorer shows what real Next.js did, step by step. Used by the Reference
 * panel's Play buttons and case links.
 */
public final class CasePlayer {

    private CasePlayer() {
    }

    /** Loads {@code caseName} from the bundled cases and selects it at its start; false (and a problem) if it cannot. */
    public static boolean play(ExplorerViewModel vm, String caseName) {
        try {
            Scenario s = ScenarioLoader.loadResource(BundledCases.resource(caseName));
            Scenario loaded = vm.scenarios().stream().filter(x -> x.source().equals(s.source())).findFirst().orElse(null);
            if (loaded == null) {
                vm.scenarios().add(s);
                loaded = s;
            }
            if (vm.selectedProperty().get() == loaded) vm.reset();
            else vm.selectedProperty().set(loaded);
            return true;
        } catch (ContentException e) {
            return false;
        }
    }
}
