package dev.cachelab.ui.explorer;

import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.Deployment;
import dev.cachelab.scenario.Sandbox;
import dev.cachelab.scenario.SandboxChoices;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.WhatIf;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;
import java.util.List;
import javafx.scene.layout.Region;

/**
 * "Try it", at the bottom edge. On a scenario: what if its mutation step called another tool, from another place —
 * played on the same picture, the original one key away — and every tool side by side. In the sandbox: fire a
 * mutation of your choice with a tool, from a place.
 */
final class SandboxBar {

    private final ExplorerViewModel vm;
    private final VBox root = new VBox(2);
    private final FlowPane row = new FlowPane(8, 6);
    private final ComboBox<Mutation> mutation = new ComboBox<>();
    private final ComboBox<Tool> tool = new ComboBox<>();
    private final ComboBox<Site> site = new ComboBox<>();
    private final Label title = new Label("Try it:", new FontIcon("mdi2f-flask-outline"));
    private final Label with = new Label("with");
    private final Label from = new Label("called from a");
    private final Label in = new Label("in a");
    private final Button fire = new Button("Fire", new FontIcon("mdi2l-lightning-bolt"));
    private final Button tryIt = new Button("Try it", new FontIcon("mdi2s-source-fork"));
    private final Button original = new Button("Original", new FontIcon("mdi2s-swap-horizontal"));
    private final Button compareButton = new Button("Compare all tools", new FontIcon("mdi2v-view-column"));
    private final Label hint = new Label();
    private final ToggleButton onePod = new ToggleButton("1 instance");
    private final ToggleButton twoPods = new ToggleButton("2 instances");
    private final ToggleButton ownTags = new ToggleButton("own tags");
    private final ToggleButton sharedTags = new ToggleButton("shared tag store");
    private final SegmentedButton instances = new SegmentedButton(onePod, twoPods);
    private final SegmentedButton tagStore = new SegmentedButton(ownTags, sharedTags);
    private final Button compareInstances = new Button("1 vs 2 instances", new FontIcon("mdi2s-server-network"));

    SandboxBar(ExplorerViewModel vm, Runnable compare) {
        this.vm = vm;
        root.setId("sandboxBar");
        root.getStyleClass().add("sandbox-bar");
        root.setPadding(new Insets(6, 12, 6, 12));
        row.setAlignment(Pos.CENTER_LEFT);
        mutation.getItems().setAll(Mutation.ALL);
        tool.getItems().setAll(Tool.values());
        site.getItems().setAll(Site.values());
        mutation.setId("mutationPicker");
        tool.setId("toolPicker");
        site.setId("sitePicker");
        mutation.setValue(Mutation.FORM_SAVE);
        tool.setValue(Tool.UPDATE_TAG);
        site.setValue(Site.SERVER_ACTION);
        mutation.setOnAction(e -> {
            site.setValue(tool.getValue() == Tool.ROUTER_REFRESH ? Site.CLIENT_COMPONENT : mutation.getValue().naturalSite());
            updateHint();
        });
        tool.setOnAction(e -> {
            if (tool.getValue() == Tool.ROUTER_REFRESH && vm.isSandbox()) site.setValue(Site.CLIENT_COMPONENT);
            updateHint();
        });
        // a new place to call it from: the comparison, if open, is run again for it
        site.setOnAction(e -> {
            updateHint();
            if (vm.comparingProperty().get()) {
                vm.closeCompare();
                compare.run();
            }
        });
        fire.setId("fireButton");
        fire.getStyleClass().add("accent");
        fire.setOnAction(e -> vm.fire(mutation.getValue(), tool.getValue(), site.getValue()));
        tryIt.setId("whatIfButton");
        tryIt.getStyleClass().add("accent");
        tryIt.setTooltip(new Tooltip("Replay this scenario from its mutation step with the chosen tool, on the same picture"));
        tryIt.setOnAction(e -> vm.whatIf(tool.getValue(), site.getValue()));
        original.setId("originalButton");
        original.setTooltip(new Tooltip("Switch between the what-if run and the original, at the same moment (O)"));
        original.setOnAction(e -> vm.whatIf().toggleOriginal());
        original.visibleProperty().bind(vm.whatIf().activeProperty());
        original.managedProperty().bind(original.visibleProperty());
        original.textProperty().bind(Bindings.when(vm.whatIf().showingOriginalProperty())
                .then("What-if (O)").otherwise("Original (O)"));
        compareButton.setId("compareButton");
        compareButton.setMinWidth(Region.USE_PREF_SIZE);
        compareButton.setOnAction(e -> compare.run());
        compareButton.textProperty().bind(Bindings.when(vm.comparingProperty())
                .then("Back to the pipeline").otherwise("Compare all tools"));
        // the sandbox on one pod or two behind a balancer, each pod with its own tags or a shared tag store
        instances.setId("instancesChoice");
        tagStore.setId("tagStoreChoice");
        onePod.setId("oneInstance");
        twoPods.setId("twoInstances");
        ownTags.setId("ownTags");
        sharedTags.setId("sharedTagStore");
        onePod.setSelected(true);
        ownTags.setSelected(true);
        for (ToggleButton b : List.of(onePod, twoPods, ownTags, sharedTags)) {
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true); // one of each pair is always chosen
                redeploy();
            });
        }
        tagStore.disableProperty().bind(onePod.selectedProperty());
        instances.setTooltip(new Tooltip("How many next start processes serve the sandbox, behind a load balancer"));
        tagStore.setTooltip(new Tooltip("Each pod keeps its own tags manifest (Next.js's default), or a cacheHandlers.default"
                + " shares tag timestamps between them (the route caches stay per pod)"));
        compareInstances.setId("compareInstancesButton");
        compareInstances.setTooltip(new Tooltip("The chosen mutation and tool on one instance, on two, and on two sharing a tag store"));
        compareInstances.setOnAction(e -> {
            if (vm.comparingProperty().get()) vm.closeCompare();
            vm.tryIt().openCompareInstances(mutation.getValue(), tool.getValue(), site.getValue());
        });
        title.getStyleClass().add("sandbox-title");
        hint.setId("sandboxHint");
        hint.getStyleClass().add("sandbox-hint");
        hint.setWrapText(true);
        // a line under the bar only for a problem (a tool that cannot run there); the rest is the title's tooltip,
        // so the picture keeps the height
        hint.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        Tooltip about = new Tooltip();
        about.textProperty().bind(hint.textProperty());
        about.getStyleClass().add("help-tooltip");
        title.setTooltip(about);
        root.getChildren().addAll(row, hint);
        vm.selectedProperty().addListener((o, a, b) -> arrange());
        vm.problemProperty().addListener((o, a, b) -> updateHint());
        vm.positionProperty().addListener((o, a, b) -> updateHint());
        vm.presentingProperty().addListener((o, a, b) -> arrange());
        arrange();
    }

    Node node() {
        return root;
    }

    Mutation mutation() { return mutation.getValue(); }
    Tool tool() { return tool.getValue(); }
    Site site() { return site.getValue(); }

    void choose(Mutation m, Tool t, Site s) {
        mutation.setValue(m);
        tool.setValue(t);
        site.setValue(s);
        updateHint();
    }

    /** The sandbox fires mutations; a scenario changes its own step. Presenting, only the what-if stays. */
    private void arrange() {
        boolean sandbox = vm.isSandbox();
        title.setText(sandbox ? "Try it:" : "What if:");
        if (sandbox) {
            row.getChildren().setAll(title, mutation, with, tool, from, site, fire, compareButton, instances, tagStore,
                    compareInstances);
        } else {
            Scenario s = vm.selectedProperty().get();
            Optional<Integer> step = s == null ? Optional.empty() : WhatIf.mutationStep(s, vm.positionProperty().get());
            step.ifPresent(i -> site.setValue(naturalSite(s.steps().get(i))));
            if (vm.presentingProperty().get()) row.getChildren().setAll(title, tool, in, site, tryIt, original);
            else row.getChildren().setAll(title, tool, in, site, tryIt, original, compareButton);
        }
        updateHint();
    }

    private void redeploy() {
        vm.tryIt().redeploy(Sandbox.deployment(twoPods.isSelected() ? 2 : 1,
                sharedTags.isSelected() ? Deployment.TagStore.SHARED : Deployment.TagStore.PER_INSTANCE));
    }

    /** The mutation step in a few words: "the Server Action on /invoices/42". */
    static String where(Step step) {
        if (step instanceof Step.ServerAction a) return "the Server Action on " + a.from();
        if (step instanceof Step.RouteHandler r) return "the POST to " + r.url();
        return "the client component's call";
    }

    static Site naturalSite(Step step) {
        return step instanceof Step.RouteHandler ? Site.ROUTE_HANDLER
                : step instanceof Step.ClientCall ? Site.CLIENT_COMPONENT : Site.SERVER_ACTION;
    }

    private void updateHint() {
        if (!vm.problemProperty().get().isEmpty()) {
            hint.setText(vm.problemProperty().get());
            return;
        }
        if (vm.isSandbox()) {
            Mutation m = mutation.getValue();
            String watch = m.userWatches() ? "the user expects to see their change at once" : "nobody is waiting for this change";
            String ok = SandboxChoices.allowed(tool.getValue(), site.getValue()) ? ""
                    : " — router.refresh() only exists in the browser: pick \"client component\".";
            hint.setText(watch + "; the lesson picks " + SandboxChoices.recommended(m).label() + ok);
            return;
        }
        Scenario s = vm.whatIf().active() ? null : vm.selectedProperty().get();
        if (s == null) {
            hint.setText("");
            return;
        }
        hint.setText(WhatIf.mutationStep(s, vm.positionProperty().get())
                .map(i -> "It changes step " + (i + 1) + ": " + where(s.steps().get(i)) + ".")
                .orElse("This scenario has no Server Action, Route Handler or client call to change; the sandbox has."));
    }
}
