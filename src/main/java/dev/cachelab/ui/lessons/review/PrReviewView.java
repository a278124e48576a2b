package dev.cachelab.ui.lessons.review;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Graded;
import dev.cachelab.lesson.PrReview;
import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.LessonHeader;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import dev.cachelab.ui.lessons.common.SideBySide;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code PrReviewView.fxml} (fx:root), the review screen: the teammate's code in a read-only RichTextFX
 * {@link CodeArea} (line numbers, a gutter mark per commented or graded line; a click or the arrow keys select a
 * line), made in code, and the comment form (FXML) beside it.
 */
public final class PrReviewView extends ScrollPane implements ExerciseView {

    private final PrReviewViewModel vm;
    private final CodeArea area;

    @FXML private VBox page;
    @FXML private LessonHeader header;
    @FXML private Label prompt;
    @FXML private VBox side;
    @FXML private Label selectedLineLabel;
    @FXML private VBox tags;
    @FXML private TextArea commentText;
    @FXML private Button addCommentButton;
    @FXML private VBox commentList;
    @FXML private Button submitReviewButton;
    @FXML private Label reviewStatus;
    @FXML private Label reviewScoring;
    @FXML private VBox reviewFeedback;

    public PrReviewView(PrReviewViewModel vm) {
        this.vm = vm;
        Fxml.load(this);
        header.show(vm.lesson().title(), vm.lesson().intro());
        prompt.setText(vm.prompt());
        area = codeArea(vm);
        VirtualizedScrollPane<CodeArea> codePane = new VirtualizedScrollPane<>(area);
        codePane.getStyleClass().add("review-code-pane");
        HBox.setHgrow(codePane, Priority.ALWAYS);
        // the comment form beside the code while there is room, under it at a large zoom in a small window
        Pane work = new SideBySide(codePane, side, 40, 1, () -> prompt.getFont().getSize());
        work.getStyleClass().add("review-work");
        page.getChildren().add(page.getChildren().indexOf(prompt) + 1, work);
        bindForm();

        vm.comments().addListener((ListChangeListener<PrReview.Comment>) c -> refresh());
        vm.gradedProperty().addListener((o, a, b) -> refresh());
        vm.selectedLineProperty().addListener((o, a, b) -> restyleLines());
        refresh();
    }

    /** The teammate's code, read-only, with line numbers and a gutter mark per commented or graded line. */
    private CodeArea codeArea(PrReviewViewModel vm) {
        CodeArea code = new CodeArea(String.join("\n", vm.code()));
        code.setId("reviewCode");
        code.setEditable(false);
        code.getStyleClass().add("review-code");
        code.setAccessibleText("the teammate's code; use the arrow keys to move between lines");
        IntFunction<Node> numbers = LineNumberFactory.get(code);
        code.setParagraphGraphicFactory(line -> {
            Label mark = new Label();
            mark.getStyleClass().add("gutter-mark");
            PrReviewViewModel.LineMark m = vm.mark(line + 1);
            mark.setGraphic(switch (m) {
                case NONE -> null;
                case COMMENTED -> new FontIcon("mdi2c-comment-text-outline");
                case FOUND -> new FontIcon("mdi2c-check-circle");
                case MISSED -> new FontIcon("mdi2a-alert-circle");
                case FALSE_FLAG -> new FontIcon("mdi2c-close-circle");
            });
            mark.getStyleClass().add("mark-" + m.name().toLowerCase().replace('_', '-'));
            HBox g = new HBox(numbers.apply(line), mark);
            g.getStyleClass().add("gutter");
            return g;
        });
        code.currentParagraphProperty().addListener((o, a, b) -> vm.selectLine(b + 1));
        code.setOnMouseClicked(e -> vm.selectLine(code.getCurrentParagraph() + 1));
        // keyboard path: arrows pick the line, Tab goes on to the comment form
        code.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown()) {
                code.getParent().requestFocus();
                tagsFirstFocus();
                e.consume();
            }
        });
        return code;
    }

    /** The comment form: the selected line, a checkbox per flaw of the lesson, the draft, and the buttons' states. */
    private void bindForm() {
        selectedLineLabel.textProperty().bind(vm.selectedTextProperty());
        // as tall as the longest line it can show: selecting a line never moves the checkboxes under it
        LessonWidgets.reserveHeight(selectedLineLabel, vm.selectableTexts());
        for (PrReview.Flaw f : vm.flaws()) {
            CheckBox cb = new CheckBox(f.label());
            cb.setId("flaw-" + f.id());
            cb.setWrapText(true);
            cb.setTooltip(wrapTip(f.summary()));
            cb.selectedProperty().bindBidirectional(vm.draftFlawProperty(f.id()));
            cb.disableProperty().bind(vm.lockedBinding());
            tags.getChildren().add(cb);
        }
        commentText.textProperty().bindBidirectional(vm.draftTextProperty());
        commentText.disableProperty().bind(vm.lockedBinding());
        addCommentButton.disableProperty().bind(vm.canAddProperty().not());
        submitReviewButton.disableProperty().bind(vm.canSubmitProperty().not());
        reviewStatus.textProperty().bind(vm.statusProperty());
        reviewScoring.setText("Scoring: " + vm.scoring());
    }

    @FXML private void addComment() { vm.addComment(); }
    @FXML private void submit() { vm.submit(); }
    @FXML private void retry() { vm.retry(); }

    @Override
    public Node root() {
        return this;
    }

    /** The code area, for tests that click a line. */
    public CodeArea codeArea() {
        return area;
    }

    private void tagsFirstFocus() {
        lookupAll(".check-box").stream().findFirst().ifPresent(Node::requestFocus);
    }

    private static Tooltip wrapTip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.getStyleClass().add("review-tip");
        return t;
    }

    private void refresh() {
        commentList.getChildren().clear();
        List<PrReview.Comment> comments = vm.comments();
        if (comments.isEmpty()) {
            Label none = new Label("None yet. Select a line, tick what it gets wrong, add a comment.");
            none.getStyleClass().add("review-empty");
            none.setWrapText(true);
            commentList.getChildren().add(none);
        }
        for (int i = 0; i < comments.size(); i++) {
            PrReview.Comment c = comments.get(i);
            int index = i;
            String names = String.join(", ", c.flaws().stream().map(vm::flawLabel).sorted().toList());
            Label l = new Label("Line " + c.line() + ": " + names + (c.text().isEmpty() ? "" : " \u2014 \u201c" + c.text() + "\u201d"),
                    new FontIcon("mdi2c-comment-text-outline"));
            l.setWrapText(true);
            l.getStyleClass().add("review-comment-text");
            HBox.setHgrow(l, Priority.ALWAYS);
            l.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button(null, new FontIcon("mdi2d-delete-outline"));
            remove.setId("removeComment-" + i);
            remove.setAccessibleText("remove this comment");
            remove.setTooltip(new Tooltip("Remove this comment"));
            remove.getStyleClass().addAll("flat", "button-icon");
            remove.disableProperty().bind(vm.lockedBinding());
            remove.setOnAction(e -> vm.removeComment(index));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(l, remove);
            row.setId("comment-" + i);
            row.getStyleClass().add("review-comment");
            commentList.getChildren().add(row);
        }
        reviewFeedback.getChildren().clear();
        Graded g = vm.gradedProperty().get();
        if (g != null) {
            Label head = new Label("The review, graded");
            head.getStyleClass().add("review-subhead");
            reviewFeedback.getChildren().add(head);
            // what was missed first: that is what the learner needs to read
            List<Feedback> ordered = new ArrayList<>(g.mistakes());
            g.feedback().stream().filter(Feedback::right).forEach(ordered::add);
            for (Feedback f : ordered) {
                Node item = LessonWidgets.feedback(f, f.id().startsWith("false:") ? "Not on this line" : "Missed");
                item.setId("reviewFeedback-" + f.id().replace(':', '-').replace('@', '-'));
                reviewFeedback.getChildren().add(item);
            }
        }
        restyleLines();
        for (int i = 0; i < area.getParagraphs().size(); i++) area.recreateParagraphGraphic(i);
        if (g != null) LessonWidgets.reveal(this, reviewFeedback);
    }

    private void restyleLines() {
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            int line = i + 1;
            List<String> classes = new ArrayList<>();
            if (vm.selectedLineProperty().get() == line) classes.add("selected-line");
            PrReviewViewModel.LineMark m = vm.mark(line);
            if (m != PrReviewViewModel.LineMark.NONE) classes.add("line-" + m.name().toLowerCase().replace('_', '-'));
            area.setParagraphStyle(i, classes);
        }
    }
}
