package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.WhatIf;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Optional;

/**
 * "What if" on the picture the room is looking at: Try it changes the tool (and where it is called from) of the
 * scenario's mutation step and replays from that step, in place. The original run stays one key away ({@code O}):
 * switching shows the same moment of the other run.
 */
public final class WhatIfMode {

    private final ExplorerViewModel vm;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper showingOriginal = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private Scenario original;
    private WhatIf.Fork fork;

    WhatIfMode(ExplorerViewModel vm) {
        this.vm = vm;
    }

    /** True while a fork exists for the scenario shown (original or fork). */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public boolean active() { return active.get(); }
    /** True while the original run is shown instead of the fork. */
    public ReadOnlyBooleanProperty showingOriginalProperty() { return showingOriginal.getReadOnlyProperty(); }
    /** What the picture shows, in a line: "What if: updateTag(tag) from a Server Action (was …)". */
    public ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }

    /** Why the chosen tool cannot replace the mutation step of {@code s} at {@code position}, if it cannot. */
    static Optional<String> problem(Scenario s, int position, Tool tool, Site site) {
        Optional<Integer> step = WhatIf.mutationStep(s, position);
        if (step.isEmpty()) return Optional.of("This scenario has no mutation step to change; the sandbox has some.");
        return WhatIf.unavailable(s, step.get(), tool, site);
    }

    /** Forks {@code s} (the scenario shown, or the original of a fork) and plays the changed step from just before it. */
    void fire(Scenario s, int position, Tool tool, Site site) {
        if (original == null || !isFork(s) && s != original) original = s;
        int step = WhatIf.mutationStep(original, position).orElseThrow();
        fork = WhatIf.fork(original, step, tool, site);
        active.set(true);
        showingOriginal.set(false);
        banner.set(forkBanner());
        vm.show(fork.scenario(), title(), step);
        vm.play();
    }

    /** The other run at the same moment: the original when the fork is shown, and back. */
    public void toggleOriginal() {
        if (!active.get()) return;
        int position = vm.positionProperty().get();
        boolean toOriginal = !showingOriginal.get();
        showingOriginal.set(toOriginal);
        banner.set(toOriginal ? "The original: " + fork.original() + ". O shows the what-if (" + fork.tool().label() + ")."
                : forkBanner());
        vm.show(toOriginal ? original : fork.scenario(), toOriginal ? original.title() : title(), position);
    }

    /** Forgets the fork (another scenario was chosen). */
    void clear() {
        original = null;
        fork = null;
        active.set(false);
        showingOriginal.set(false);
        banner.set("");
    }

    boolean isFork(Scenario s) {
        return fork != null && s == fork.scenario();
    }

    Scenario original() {
        return original;
    }

    private String forkBanner() {
        return "What if: " + fork.tool().label() + " in a " + fork.site().label() + ", instead of " + fork.original()
                + ". O shows the original.";
    }

    private String title() {
        return original.title() + " — what if: " + fork.tool().label();
    }
}
