package dev.cachelab.ui.lessons.walker;

import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The walker's scene graph: breadcrumb, question card or endpoint card, and the step-back controls. */
public final class DecisionWalkerView implements dev.cachelab.ui.lessons.common.ExerciseView {

    private final DecisionWalkerViewModel vm;
    private final ScrollPane root;
    private final FlowPane breadcrumb = new FlowPane();
    private final VBox choiceBox = new VBox();
    private final VBox noteBox = new VBox();
    private final HBox scenarioBox = new HBox();

    public DecisionWalkerView(DecisionWalkerViewModel vm) {
        this.vm = vm;

        breadcrumb.setId("breadcrumb");
        breadcrumb.getStyleClass().add("breadcrumb");

        Label question = new Label();
        question.setId("walkerQuestion");
        question.getStyleClass().add("walker-question");
        question.setWrapText(true);
        question.textProperty().bind(vm.questionProperty());
        Label help = new Label();
        help.getStyleClass().add("walker-help");
        help.setWrapText(true);
        help.textProperty().bind(vm.helpProperty());
        choiceBox.getStyleClass().add("walker-choices");
        VBox questionCard = new VBox(question, help, choiceBox);
        questionCard.getStyleClass().add("walker-card");
        questionCard.setId("questionCard");
        questionCard.visibleProperty().bind(vm.atEndpointProperty().not());
        questionCard.managedProperty().bind(questionCard.visibleProperty());

        Label toolHead = new Label("Reach for", new FontIcon("mdi2f-flag-checkered"));
        toolHead.getStyleClass().add("walker-endpoint-head");
        Label tool = new Label();
        tool.setId("endpointTool");
        tool.getStyleClass().addAll("walker-tool", "code");
        tool.setWrapText(true);
        tool.textProperty().bind(vm.toolProperty());
        Label why = new Label();
        why.setId("endpointWhy");
        why.setWrapText(true);
        why.textProperty().bind(vm.whyProperty());
        VBox endpointCard = new VBox(toolHead, tool, why, noteBox, scenarioBox);
        endpointCard.getStyleClass().addAll("walker-card", "walker-endpoint");
        endpointCard.setId("endpointCard");
        endpointCard.visibleProperty().bind(vm.atEndpointProperty());
        endpointCard.managedProperty().bind(endpointCard.visibleProperty());

        Button back = new Button("Step back", new FontIcon("mdi2a-arrow-left"));
        back.setId("walkerBack");
        back.disableProperty().bind(vm.canStepBackProperty().not());
        back.setOnAction(e -> vm.stepBack());
        Button restart = new Button("Start over", new FontIcon("mdi2r-restart"));
        restart.setId("walkerRestart");
        restart.disableProperty().bind(vm.canStepBackProperty().not());
        restart.setOnAction(e -> vm.restart());
        Label found = new Label();
        found.setId("endpointsFound");
        found.getStyleClass().add("walker-found");
        found.textProperty().bind(vm.foundProperty());
        found.setWrapText(true);
        FlowPane controls = new FlowPane(back, restart, found);
        controls.getStyleClass().add("walker-controls");

        VBox page = new VBox(LessonWidgets.header(vm.lesson().title(), vm.lesson().intro()), breadcrumb,
                questionCard, endpointCard, controls);
        page.getStyleClass().addAll("lesson-page", "walker");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStylesheets().addAll(LessonWidgets.stylesheet(),
                DecisionWalkerView.class.getResource("DecisionWalkerView.css").toExternalForm());

        vm.choices().addListener((ListChangeListener<String>) c -> rebuildChoices());
        vm.crumbs().addListener((ListChangeListener<DecisionWalkerViewModel.CrumbRow>) c -> rebuildCrumbs());
        vm.atEndpointProperty().addListener((o, a, b) -> rebuildEndpoint());
        rebuildChoices();
        rebuildCrumbs();
        rebuildEndpoint();
    }

    @Override
    public Node root() {
        return root;
    }

    private void rebuildChoices() {
        choiceBox.getChildren().clear();
        for (int i = 0; i < vm.choices().size(); i++) {
            int index = i;
            Button b = new Button(vm.choices().get(i), new FontIcon("mdi2c-chevron-right"));
            b.setId("choice-" + i);
            b.getStyleClass().add("walker-choice");
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> vm.choose(index));
            choiceBox.getChildren().add(b);
        }
        if (!choiceBox.getChildren().isEmpty() && root != null && root.getScene() != null) {
            choiceBox.getChildren().get(0).requestFocus();
        }
    }

    private void rebuildCrumbs() {
        breadcrumb.getChildren().clear();
        Label start = new Label(vm.crumbs().isEmpty() ? "Start: answer the first question" : "Your path:");
        start.getStyleClass().add("breadcrumb-lead");
        breadcrumb.getChildren().add(start);
        for (int i = 0; i < vm.crumbs().size(); i++) {
            DecisionWalkerViewModel.CrumbRow row = vm.crumbs().get(i);
            int index = i;
            Hyperlink h = new Hyperlink(row.answer());
            h.setId("crumb-" + i);
            h.getStyleClass().add("crumb");
            h.setWrapText(true);
            h.setAccessibleHelp("Go back to: " + row.question());
            h.setTooltip(new javafx.scene.control.Tooltip(row.question() + "\nClick to go back and answer again."));
            h.setOnAction(e -> vm.backTo(index));
            // a long answer wraps at 24 em instead of widening the page past the window at a high zoom
            h.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(h.getText());
                probe.setFont(h.getFont());
                double natural = Math.ceil(probe.getLayoutBounds().getWidth()) + h.snappedLeftInset() + h.snappedRightInset() + 2;
                return Math.min(natural, 24 * h.getFont().getSize());
            }, h.fontProperty(), h.textProperty(), h.paddingProperty()));
            if (i > 0) breadcrumb.getChildren().add(new FontIcon("mdi2c-chevron-right"));
            breadcrumb.getChildren().add(h);
        }
    }

    private void rebuildEndpoint() {
        noteBox.getChildren().clear();
        scenarioBox.getChildren().clear();
        if (!vm.atEndpointProperty().get()) return;
        if (vm.evidenceProperty().get() != null) noteBox.getChildren().add(LessonWidgets.evidence(vm.evidenceProperty().get()));
        if (vm.noteProperty().get() != null) noteBox.getChildren().add(LessonWidgets.note(vm.noteProperty().get()));
        if (vm.scenarioProperty().get() != null) {
            scenarioBox.getChildren().add(LessonWidgets.scenarioButton("openScenarioButton", vm.scenarioProperty().get(),
                    vm.scenarioAvailableProperty().get(), vm::openScenario));
        }
    }
}
