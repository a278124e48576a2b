package dev.cachelab.ui.lessons.choice;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.LessonHeader;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** {@code MultipleChoiceView.fxml} (fx:root) bound to a {@link MultipleChoiceViewModel}; the options are built from it. */
public final class MultipleChoiceView extends ScrollPane implements ExerciseView {

    private final MultipleChoiceViewModel vm;
    private final ToggleGroup group = new ToggleGroup();

    @FXML private LessonHeader header;
    @FXML private Label position;
    @FXML private Label questionPrompt;
    @FXML private VBox options;
    @FXML private Button prevQuestionButton;
    @FXML private Button checkAnswerButton;
    @FXML private Button nextQuestionButton;
    @FXML private VBox answerFeedback;
    @FXML private Label choiceSummary;

    public MultipleChoiceView(MultipleChoiceViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
        header.show(vm.lesson().title(), vm.lesson().intro());
        position.textProperty().bind(vm.positionProperty());
        questionPrompt.textProperty().bind(vm.promptProperty());
        prevQuestionButton.disableProperty().bind(vm.canPreviousProperty().not());
        checkAnswerButton.disableProperty().bind(vm.canCheckProperty().not());
        nextQuestionButton.disableProperty().bind(vm.canNextProperty().not());
        choiceSummary.textProperty().bind(vm.summaryProperty());

        vm.options().addListener((ListChangeListener<String>) c -> rebuild());
        vm.feedbackProperty().addListener((o, a, b) -> rebuild());
        vm.indexProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    @FXML private void previous() { vm.previous(); }
    @FXML private void check() { vm.check(); }
    @FXML private void next() { vm.next(); }
    @FXML private void retry() { vm.retry(); }

    @Override
    public Node root() {
        return this;
    }

    private void rebuild() {
        Feedback f = vm.feedbackProperty().get();
        options.getChildren().clear();
        group.getToggles().clear();
        for (int i = 0; i < vm.options().size(); i++) {
            int index = i;
            RadioButton r = new RadioButton(vm.options().get(i));
            r.setId("option-" + i);
            r.setWrapText(true);
            r.getStyleClass().add("mc-option");
            r.setToggleGroup(group);
            r.setSelected(vm.selectedProperty().get() == i);
            r.setDisable(f != null);
            // a click, Space, or the arrow keys moving the selection through the group
            r.selectedProperty().addListener((o, was, is) -> {
                if (is) vm.select(index);
            });
            if (f != null && i == vm.answerProperty().get()) {
                r.getStyleClass().add("mc-answer");
                r.setGraphic(new FontIcon("mdi2c-check-circle"));
            } else if (f != null && !f.right() && i == vm.selectedProperty().get()) {
                r.getStyleClass().add("mc-wrong-choice");
                r.setGraphic(new FontIcon("mdi2c-close-circle"));
            }
            options.getChildren().add(r);
        }
        answerFeedback.getChildren().clear();
        if (f != null) {
            Node item = LessonWidgets.feedback(new Feedback(f.id(), f.right() ? "Your answer is right." : "Not this one.",
                    f.right(), f.explanation(), f.note(), f.evidence()), "Wrong");
            answerFeedback.getChildren().add(item);
            if (vm.scenarioProperty().get() != null) {
                answerFeedback.getChildren().add(LessonWidgets.scenarioButton("choiceScenarioButton",
                        vm.scenarioProperty().get(), vm.scenarioAvailableProperty().get(), vm::openScenario));
            }
        }
    }
}
