package dev.cachelab.ui.lessons.review;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Graded;
import dev.cachelab.lesson.PrReview;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.collections.ListChangeListener;
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
import dev.cachelab.ui.lessons.common.SideBySide;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The review screen: the teammate's code in a read-only RichTextFX {@link CodeArea} (line numbers, a gutter mark
 * per commented or graded line; a click or the arrow keys select a line), and the comment form beside it.
 */
public final class PrReviewView implements dev.cachelab.ui.lessons.common.ExerciseView {

    private final PrReviewViewModel vm;
    private final ScrollPane root;
    private final CodeArea area;
    private final VBox commentList = new VBox();
    private final VBox feedback = new VBox();
    private final Label promptLabel = new Label();

    public PrReviewView(PrReviewViewModel vm) {
        this.vm = vm;

        area = new CodeArea(String.join("\n", vm.code()));
        area.setId("reviewCode");
        area.setEditable(false);
        area.getStyleClass().add("review-code");
        area.setAccessibleText("the teammate's code; use the arrow keys to move between lines");
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(line -> {
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
        area.currentParagraphProperty().addListener((o, a, b) -> vm.selectLine(b + 1));
        area.setOnMouseClicked(e -> vm.selectLine(area.getCurrentParagraph() + 1));
        VirtualizedScrollPane<CodeArea> codePane = new VirtualizedScrollPane<>(area);
        // keyboard path: arrows pick the line, Tab goes on to the comment form
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown()) {
                area.getParent().requestFocus();
                tagsFirstFocus();
                e.consume();
            }
        });
        codePane.getStyleClass().add("review-code-pane");
        HBox.setHgrow(codePane, Priority.ALWAYS);

        Label selected = new Label();
        selected.setId("selectedLineLabel");
        selected.getStyleClass().add("review-selected");
        selected.setWrapText(true);
        selected.textProperty().bind(vm.selectedTextProperty());
        // as tall as the longest line it can show: selecting a line never moves the checkboxes under it
        LessonWidgets.reserveHeight(selected, vm.selectableTexts());
        Label tagHead = new Label("This comment names:");
        tagHead.getStyleClass().add("review-subhead");
        VBox tags = new VBox();
        tags.getStyleClass().add("review-tags");
        for (PrReview.Flaw f : vm.flaws()) {
            CheckBox cb = new CheckBox(f.label());
            cb.setId("flaw-" + f.id());
            cb.setWrapText(true);
            cb.setTooltip(wrapTip(f.summary()));
            cb.selectedProperty().bindBidirectional(vm.draftFlawProperty(f.id()));
            cb.disableProperty().bind(vm.lockedBinding());
            tags.getChildren().add(cb);
        }
        TextArea text = new TextArea();
        text.setId("commentText");
        text.setPromptText("Your comment (optional): what should change, and why?");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(vm.draftTextProperty());
        text.disableProperty().bind(vm.lockedBinding());
        Button add = new Button("Add comment", new FontIcon("mdi2c-comment-text-outline"));
        add.setId("addCommentButton");
        add.disableProperty().bind(vm.canAddProperty().not());
        add.setOnAction(e -> vm.addComment());

        Label listHead = new Label("Your comments");
        listHead.getStyleClass().add("review-subhead");
        commentList.setId("commentList");
        commentList.getStyleClass().add("review-comments");

        Button submit = new Button("Submit review", new FontIcon("mdi2c-check-circle"));
        submit.setId("submitReviewButton");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(vm.canSubmitProperty().not());
        submit.setOnAction(e -> vm.submit());
        Button retry = new Button("Start over", new FontIcon("mdi2r-restart"));
        retry.setId("retryReviewButton");
        retry.setOnAction(e -> vm.retry());
        submit.setMinWidth(Region.USE_PREF_SIZE);
        retry.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(submit, retry);
        buttons.getStyleClass().add("review-buttons");
        Label status = new Label();
        status.setId("reviewStatus");
        status.getStyleClass().add("result-line");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label scoring = new Label("Scoring: " + vm.scoring());
        scoring.setId("reviewScoring");
        scoring.getStyleClass().add("review-scoring");
        scoring.setWrapText(true);

        VBox side = new VBox(selected, tagHead, tags, text, add, listHead, commentList, buttons, status, scoring);
        side.getStyleClass().add("review-side");

        // the comment form beside the code while there is room, under it at a large zoom in a small window
        Pane work = new SideBySide(codePane, side, 40, 1, () -> prompt().getFont().getSize());
        work.getStyleClass().add("review-work");

        Label prompt = prompt();
        prompt.setText(vm.prompt());
        prompt.setWrapText(true);
        prompt.getStyleClass().add("review-prompt");
        feedback.setId("reviewFeedback");
        feedback.getStyleClass().add("review-feedback");

        VBox page = new VBox(LessonWidgets.header(vm.lesson().title(), vm.lesson().intro()), prompt, work, feedback);
        page.getStyleClass().addAll("lesson-page", "pr-review");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStylesheets().addAll(LessonWidgets.stylesheet(),
                PrReviewView.class.getResource("PrReviewView.css").toExternalForm());

        vm.comments().addListener((ListChangeListener<PrReview.Comment>) c -> refresh());
        vm.gradedProperty().addListener((o, a, b) -> refresh());
        vm.selectedLineProperty().addListener((o, a, b) -> restyleLines());
        refresh();
    }

    private Label prompt() {
        return promptLabel;
    }

    @Override
    public Node root() {
        return root;
    }

    /** The code area, for tests that click a line. */
    public CodeArea codeArea() {
        return area;
    }

    private void tagsFirstFocus() {
        root.lookupAll(".check-box").stream().findFirst().ifPresent(Node::requestFocus);
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
        feedback.getChildren().clear();
        Graded g = vm.gradedProperty().get();
        if (g != null) {
            Label head = new Label("The review, graded");
            head.getStyleClass().add("review-subhead");
            feedback.getChildren().add(head);
            // what was missed first: that is what the learner needs to read
            List<Feedback> ordered = new java.util.ArrayList<>(g.mistakes());
            g.feedback().stream().filter(Feedback::right).forEach(ordered::add);
            for (Feedback f : ordered) {
                Node item = LessonWidgets.feedback(f, f.id().startsWith("false:") ? "Not on this line" : "Missed");
                item.setId("reviewFeedback-" + f.id().replace(':', '-').replace('@', '-'));
                feedback.getChildren().add(item);
            }
        }
        restyleLines();
        for (int i = 0; i < area.getParagraphs().size(); i++) area.recreateParagraphGraphic(i);
        if (g != null) LessonWidgets.reveal(root, feedback);
    }

    private void restyleLines() {
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            int line = i + 1;
            List<String> classes = new java.util.ArrayList<>();
            if (vm.selectedLineProperty().get() == line) classes.add("selected-line");
            PrReviewViewModel.LineMark m = vm.mark(line);
            if (m != PrReviewViewModel.LineMark.NONE) classes.add("line-" + m.name().toLowerCase().replace('_', '-'));
            area.setParagraphStyle(i, classes);
        }
    }
}
