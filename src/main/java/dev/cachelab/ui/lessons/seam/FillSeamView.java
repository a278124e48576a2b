package dev.cachelab.ui.lessons.seam;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.FillSeam;
import dev.cachelab.lesson.Graded;
import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.LessonHeader;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code FillSeamView.fxml} (fx:root) bound to a {@link FillSeamViewModel}; the code lines and dropdowns are built from data. */
public final class FillSeamView extends ScrollPane implements ExerciseView {

    private final FillSeamViewModel vm;
    private final Map<String, ComboBox<String>> boxes = new LinkedHashMap<>();
    private final Map<String, Label> marks = new LinkedHashMap<>();

    @FXML private LessonHeader header;
    @FXML private Label seamPrompt;
    @FXML private VBox codeBox;
    @FXML private Button checkSeamButton;
    @FXML private Label seamStatus;
    @FXML private VBox seamFeedback;

    public FillSeamView(FillSeamViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
        header.show(vm.lesson().title(), vm.lesson().intro());
        seamPrompt.setText(vm.prompt());
        checkSeamButton.disableProperty().bind(vm.canCheckProperty().not());
        seamStatus.textProperty().bind(vm.statusProperty());
        buildCode();
        vm.gradedProperty().addListener((o, a, b) -> showGrades());
        showGrades();
    }

    /** The code, one row per line: its number, its text and a dropdown per blank. */
    private void buildCode() {
        int lineNo = 1;
        for (List<FillSeam.Segment> line : vm.lines()) {
            Label number = new Label(String.valueOf(lineNo++));
            number.getStyleClass().addAll("code", "seam-lineno");
            HBox row = new HBox(number);
            row.getStyleClass().add("seam-line");
            for (FillSeam.Segment seg : line) {
                if (seg instanceof FillSeam.Text t) {
                    Label text = new Label(t.text());
                    text.getStyleClass().addAll("code", "seam-text");
                    text.setMinWidth(Label.USE_PREF_SIZE);
                    row.getChildren().add(text);
                } else {
                    FillSeam.Blank blank = ((FillSeam.BlankRef) seg).blank();
                    row.getChildren().add(blankBox(blank));
                }
            }
            codeBox.getChildren().add(row);
        }
    }

    private Node blankBox(FillSeam.Blank blank) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("blank-" + blank.id());
        box.getStyleClass().addAll("code", "seam-blank");
        box.setPromptText("___");
        box.setAccessibleText(blank.label());
        box.setItems(vm.options(blank.id()));
        box.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) vm.choose(blank.id(), b.intValue());
        });
        vm.chosenProperty(blank.id()).addListener((o, a, b) -> {
            if (b.intValue() < 0) box.getSelectionModel().clearSelection();
            else box.getSelectionModel().select(b.intValue());
        });
        box.disableProperty().bind(vm.gradedProperty().isNotNull());
        boxes.put(blank.id(), box);
        Label mark = new Label();
        mark.setId("mark-" + blank.id());
        mark.getStyleClass().add("seam-mark");
        marks.put(blank.id(), mark);
        HBox pair = new HBox(box, mark);
        pair.getStyleClass().add("seam-pair");
        return pair;
    }

    @FXML private void check() { vm.check(); }
    @FXML private void retry() { vm.retry(); }

    @Override
    public Node root() {
        return this;
    }

    private void showGrades() {
        Graded g = vm.gradedProperty().get();
        seamFeedback.getChildren().clear();
        for (var e : boxes.entrySet()) {
            ComboBox<String> box = e.getValue();
            box.getStyleClass().removeAll("blank-right", "blank-wrong");
            Feedback f = vm.feedbackFor(e.getKey());
            if (f != null) box.getStyleClass().add(f.right() ? "blank-right" : "blank-wrong");
            Label mark = marks.get(e.getKey());
            mark.setGraphic(f == null ? null : new FontIcon(f.right() ? "mdi2c-check-circle" : "mdi2c-close-circle"));
            mark.getStyleClass().removeAll("mark-right", "mark-wrong");
            if (f != null) mark.getStyleClass().add(f.right() ? "mark-right" : "mark-wrong");
            mark.setAccessibleText(f == null ? null : (f.right() ? "right" : "wrong"));
        }
        if (g == null) return;
        for (Feedback f : g.feedback()) {
            Node item = LessonWidgets.feedback(f, "Wrong");
            item.setId("seamFeedback-" + f.id());
            seamFeedback.getChildren().add(item);
        }
        if (vm.note() != null) {
            Node note = LessonWidgets.note(vm.note());
            note.setId("seamNote");
            seamFeedback.getChildren().add(note);
        }
        LessonWidgets.reveal(this, seamFeedback);
    }
}
