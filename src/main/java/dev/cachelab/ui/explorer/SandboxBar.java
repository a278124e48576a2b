package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.SandboxChoices;
import dev.cachelab.scenario.SandboxChoices.Mutation;
import dev.cachelab.scenario.SandboxChoices.Site;
import dev.cachelab.scenario.SandboxChoices.Tool;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The tool picker: choose a mutation, a tool and where it is called from, then fire it into the sandbox. */
final class SandboxBar {

    private final FlowPane root = new FlowPane(8, 6);
    private final ComboBox<Mutation> mutation = new ComboBox<>();
    private final ComboBox<Tool> tool = new ComboBox<>();
    private final ComboBox<Site> site = new ComboBox<>();
    private final Label hint = new Label();

    SandboxBar(ExplorerViewModel vm, Runnable compare) {
        root.setId("sandboxBar");
        root.getStyleClass().add("sandbox-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 12, 6, 12));
        mutation.getItems().setAll(Mutation.ALL);
        tool.getItems().setAll(Tool.values());
        site.getItems().setAll(Site.values());
        mutation.setId("mutationPicker");
        tool.setId("toolPicker");
        site.setId("sitePicker");
        mutation.setValue(Mutation.FORM_SAVE);
        tool.setValue(Tool.REVALIDATE_TAG_MAX);
        site.setValue(Site.SERVER_ACTION);
        mutation.setOnAction(e -> {
            site.setValue(tool.getValue() == Tool.ROUTER_REFRESH ? Site.CLIENT_COMPONENT : mutation.getValue().naturalSite());
            updateHint();
        });
        tool.setOnAction(e -> {
            if (tool.getValue() == Tool.ROUTER_REFRESH) site.setValue(Site.CLIENT_COMPONENT);
            updateHint();
        });
        site.setOnAction(e -> updateHint());
        Button fire = new Button("Fire", new FontIcon("mdi2l-lightning-bolt"));
        fire.setId("fireButton");
        fire.getStyleClass().add("accent");
        fire.setOnAction(e -> vm.fire(mutation.getValue(), tool.getValue(), site.getValue()));
        Button compareButton = new Button("Compare all tools", new FontIcon("mdi2v-view-column"));
        compareButton.setId("compareButton");
        compareButton.setOnAction(e -> compare.run());
        compareButton.textProperty().bind(javafx.beans.binding.Bindings.when(vm.comparingProperty())
                .then("Back to the pipeline").otherwise("Compare all tools"));
        hint.setId("sandboxHint");
        hint.getStyleClass().add("sandbox-hint");
        Label title = new Label("Try it:", new FontIcon("mdi2f-flask-outline"));
        title.getStyleClass().add("sandbox-title");
        root.getChildren().addAll(title, mutation, new Label("with"), tool, new Label("called from a"), site, fire,
                compareButton, hint);
        updateHint();
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

    private void updateHint() {
        Mutation m = mutation.getValue();
        Tool recommended = SandboxChoices.recommended(m);
        String watch = m.userWatches() ? "the user expects to see their change at once" : "nobody is waiting for this change";
        String ok = SandboxChoices.allowed(tool.getValue(), site.getValue()) ? ""
                : " — router.refresh() only exists in the browser: pick \"client component\".";
        hint.setText(watch + "; the lesson picks " + recommended.label() + ok);
    }
}
