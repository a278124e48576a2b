package dev.cachelab.ui.lessons.choice;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Binds {@code MultipleChoiceView.fxml} to a {@link MultipleChoiceViewModel}; builds the option buttons. */
public final class MultipleChoiceView implements dev.cachelab.ui.lessons.common.ExerciseView {

    private final MultipleChoiceViewModel vm;
    private final ToggleGroup group = new ToggleGroup();

    @FXML private ScrollPane root;
    @FXML private VBox header;
    @FXML private Label position;
    @FXML private Label questionPrompt;
    @FXML private VBox options;
    @FXML private Button prevQuestionButton;
    @FXML private Button checkAnswerButton;
    @FXML private Button nextQuestionButton;
    @FXML private Button choiceRetryButton;
    @FXML private VBox answerFeedback;
    @FXML private Label choiceSummary;

    public MultipleChoiceView(MultipleChoiceViewModel vm) {
        this.vm = vm;
        FXMLLoader loader = new FXMLLoader(MultipleChoiceView.class.getResource("MultipleChoiceView.fxml"));
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        root.getStylesheets().addAll(LessonWidgets.stylesheet(),
                MultipleChoiceView.class.getResource("MultipleChoiceView.css").toExternalForm());
        header.getChildren().setAll(LessonWidgets.header(vm.lesson().title(), vm.lesson().intro()));
        position.textProperty().bind(vm.positionProperty());
        questionPrompt.textProperty().bind(vm.promptProperty());
        prevQuestionButton.disableProperty().bind(vm.canPreviousProperty().not());
        checkAnswerButton.disableProperty().bind(vm.canCheckProperty().not());
        nextQuestionButton.disableProperty().bind(vm.canNextProperty().not());
        choiceSummary.textProperty().bind(vm.summaryProperty());
        prevQuestionButton.setGraphic(new FontIcon("mdi2c-chevron-left"));
        nextQuestionButton.setGraphic(new FontIcon("mdi2c-chevron-right"));
        checkAnswerButton.setGraphic(new FontIcon("mdi2c-check-circle"));
        choiceRetryButton.setGraphic(new FontIcon("mdi2r-restart"));

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
        return root;
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
