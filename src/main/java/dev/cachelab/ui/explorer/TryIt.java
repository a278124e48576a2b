package dev.cachelab.ui.explorer;

import dev.cachelab.engine.app.Deployment;
import dev.cachelab.scenario.Sandbox;
import dev.cachelab.scenario.SandboxChoices;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.WhatIf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The explorer's "Try it" commands: fire a mutation into the sandbox; on a scenario, what if its mutation step called
 * another tool (a fork played on the same picture); and compare every tool side by side, on the sandbox's mutation
 * or the scenario's own step.
 */
public final class TryIt {

    private final ExplorerViewModel vm;
    private final List<Sandbox.Fire> fires = new ArrayList<>();
    /** One pod or two, each with its own tags or a shared tag store: the sandbox's deployment. */
    private final ObjectProperty<Deployment> deployment =
            new SimpleObjectProperty<>(this, "deployment", Deployment.SINGLE);

    TryIt(ExplorerViewModel vm) {
        this.vm = vm;
    }

    public ObjectProperty<Deployment> deploymentProperty() {
        return deployment;
    }

    /** Runs the sandbox's fires again on another deployment, at the same step. */
    public void redeploy(Deployment d) {
        deployment.set(d);
        if (!vm.isSandbox()) return;
        vm.finishAnimation();
        vm.closeCompare();
        int keep = vm.player().position();
        vm.choose(Sandbox.build(fires, d));
        vm.seek(Math.min(keep, vm.stepCountProperty().get()));
    }

    /** Compare one instance with two: the chosen mutation and tool, on one pod, two pods, two sharing a tag store. */
    public void openCompareInstances(SandboxChoices.Mutation m, SandboxChoices.Tool tool, SandboxChoices.Site site) {
        vm.finishAnimation();
        vm.pause();
        vm.compareMode().openInstances(m, tool, site);
        vm.codeLines().setAll(Sandbox.build(List.of(new Sandbox.Fire(m, tool, site))).extras().code());
    }

    /** Fires a mutation in the sandbox with the chosen tool and call site, then plays its steps. */
    void fire(SandboxChoices.Mutation mutation, SandboxChoices.Tool tool, SandboxChoices.Site site) {
        if (!SandboxChoices.allowed(tool, site)) {
            vm.setProblem(tool.label() + " runs in the browser: pick \"client component\" as where it is called.");
            return;
        }
        vm.finishAnimation();
        vm.closeCompare();
        boolean inSandbox = vm.isSandbox();
        int keep = inSandbox ? vm.player().position() : 0;
        if (!inSandbox) fires.clear();
        fires.add(new Sandbox.Fire(mutation, tool, site));
        vm.choose(Sandbox.build(fires, deployment.get()));
        vm.seek(Math.max(keep, 1));
        vm.setProblem("");
        vm.play();
    }

    /**
     * What if the scenario's mutation step called {@code tool} from {@code site}: forks the scenario there and plays
     * from just before that step on the same picture (the original is one key away, {@link WhatIfMode#toggleOriginal}).
     */
    void whatIf(SandboxChoices.Tool tool, SandboxChoices.Site site) {
        if (vm.player() == null || vm.isSandbox()) return;
        vm.finishAnimation();
        vm.closeCompare();
        Scenario base = base();
        Optional<String> why = WhatIfMode.problem(base, vm.player().position(), tool, site);
        if (why.isPresent()) {
            vm.setProblem(why.get());
            return;
        }
        vm.setProblem("");
        vm.whatIf().fire(base, vm.player().position(), tool, site);
    }

    /**
     * Compare all tools: {@code m} called from {@code site} under every tool, side by side, on the explorer's one
     * clock — Play, Step, Back, the speed and the timeline drive the table until the explorer closes it.
     */
    public void openCompare(SandboxChoices.Mutation m, SandboxChoices.Site site) {
        vm.finishAnimation();
        vm.pause();
        vm.compareMode().open(m, site, deployment.get());
        // the handler as the lesson's tool writes it; each column swaps its revalidate lines for its own tool
        vm.codeLines().setAll(Sandbox.build(List.of(new Sandbox.Fire(m, SandboxChoices.recommended(m), site))).extras().code());
    }

    /**
     * Compare all tools on the scenario shown: its mutation step, called from {@code site}, under every tool, each a
     * what-if fork of the scenario; the code panel shows the step with {@code shown}'s calls.
     */
    public void openCompareHere(SandboxChoices.Tool shown, SandboxChoices.Site site) {
        if (vm.player() == null) return;
        Scenario base = base();
        Optional<Integer> step = WhatIf.mutationStep(base, vm.player().position());
        if (step.isEmpty()) {
            vm.setProblem("This scenario has no mutation step to compare tools on; the sandbox has some.");
            return;
        }
        vm.finishAnimation();
        vm.pause();
        vm.compareMode().openForks(base, step.get(), site);
        if (WhatIf.unavailable(base, step.get(), shown, site).isEmpty()) {
            vm.codeLines().setAll(WhatIf.fork(base, step.get(), shown, site).scenario().extras().code());
        }
    }

    /** The scenario a what-if or a comparison starts from: the original of a fork, or the scenario shown. */
    private Scenario base() {
        return vm.whatIf().active() ? vm.whatIf().original() : vm.player().scenario();
    }
}
