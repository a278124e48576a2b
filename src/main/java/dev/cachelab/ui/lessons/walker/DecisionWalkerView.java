package dev.cachelab.ui.lessons.walker;

import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.LessonHeader;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * {@code DecisionWalkerView.fxml} (fx:root) bound to a {@link DecisionWalkerViewModel}: the page frame is FXML; the
 * path of answers (breadcrumb), the choices and the endpoint's evidence, note and scenario link are built from the walk.
 */
public final class DecisionWalkerView extends ScrollPane implements ExerciseView {

    private final DecisionWalkerViewModel vm;

    @FXML private LessonHeader header;
    @FXML private FlowPane breadcrumb;
    @FXML private VBox questionCard;
    @FXML private Label walkerQuestion;
    @FXML private Label help;
    @FXML private VBox choiceBox;
    @FXML private VBox endpointCard;
    @FXML private Label endpointTool;
    @FXML private Label endpointWhy;
    @FXML private VBox noteBox;
    @FXML private HBox scenarioBox;
    @FXML private Button walkerBack;
    @FXML private Button walkerRestart;
    @FXML private Label endpointsFound;

    public DecisionWalkerView(DecisionWalkerViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
        header.show(vm.lesson().title(), vm.lesson().intro());
        walkerQuestion.textProperty().bind(vm.questionProperty());
        help.textProperty().bind(vm.helpProperty());
        questionCard.visibleProperty().bind(vm.atEndpointProperty().not());
        questionCard.managedProperty().bind(questionCard.visibleProperty());
        endpointTool.textProperty().bind(vm.toolProperty());
        endpointWhy.textProperty().bind(vm.whyProperty());
        endpointCard.visibleProperty().bind(vm.atEndpointProperty());
        endpointCard.managedProperty().bind(endpointCard.visibleProperty());
        walkerBack.disableProperty().bind(vm.canStepBackProperty().not());
        walkerRestart.disableProperty().bind(vm.canStepBackProperty().not());
        endpointsFound.textProperty().bind(vm.foundProperty());

        vm.choices().addListener((ListChangeListener<String>) c -> rebuildChoices());
        vm.crumbs().addListener((ListChangeListener<DecisionWalkerViewModel.CrumbRow>) c -> rebuildCrumbs());
        vm.atEndpointProperty().addListener((o, a, b) -> rebuildEndpoint());
        rebuildChoices();
        rebuildCrumbs();
        rebuildEndpoint();
    }

    @FXML private void stepBack() { vm.stepBack(); }
    @FXML private void restart() { vm.restart(); }

    @Override
    public Node root() {
        return this;
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
        if (!choiceBox.getChildren().isEmpty() && getScene() != null) {
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
            h.setTooltip(new Tooltip(row.question() + "\nClick to go back and answer again."));
            h.setOnAction(e -> vm.backTo(index));
            // a long answer wraps at 24 em instead of widening the page past the window at a high zoom
            h.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
                Text probe = new Text(h.getText());
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
