package dev.cachelab.ui.lessons.buckets;

import dev.cachelab.lesson.BucketQuiz;
import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Graded;
import dev.cachelab.ui.lessons.common.LessonWidgets;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.cachelab.ui.lessons.common.ExerciseView;
import java.util.ArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * The quiz board: the cards to place as tiles across the page, the buckets under them (four columns on a wide page,
 * two or one on a narrow one). Cards are dragged with a full press-drag-release gesture (no platform drag and
 * drop, so it works the same everywhere, headless included); a ghost follows the pointer. The keyboard path:
 * focus a card, press 1–4 (0 or Backspace puts it back); Enter or a click opens a "Move to" menu. After Check,
 * focusing a card (Tab) or hovering over it shows why it belongs where it does.
 */
public final class BucketQuizView implements ExerciseView {

    private final BucketQuizViewModel vm;
    private final StackPane root = new StackPane();
    private final Pane ghostLayer = new Pane();
    private final Label ghost = new Label();
    private final FlowPane deck = new FlowPane();
    private final Map<String, Button> cards = new HashMap<>();
    private final Map<String, VBox> bucketCards = new HashMap<>();
    private final VBox feedback = new VBox();
    private final Button check = new Button("Check", new FontIcon("mdi2c-check-circle"));
    private final Label why = new Label();
    private final GridPane bucketGrid = new GridPane();
    private final List<VBox> bucketBoxes = new ArrayList<>();
    private int bucketColumns;
    private static final String KEYS_HELP = "Press 1 to %d to put this card in a bucket, 0 to put it back, or Enter for a menu.";
    private ScrollPane scroll;

    public BucketQuizView(BucketQuizViewModel vm) {
        this.vm = vm;
        BucketQuiz quiz = vm.quiz();

        Label instructions = new Label(quiz.instructions(), new FontIcon("mdi2k-keyboard"));
        instructions.setWrapText(true);
        instructions.getStyleClass().add("quiz-instructions");

        deck.setId("deck");
        deck.getStyleClass().add("quiz-deck");
        Label deckTitle = new Label();
        deckTitle.getStyleClass().add("quiz-deck-title");
        deckTitle.textProperty().bind(vm.remainingProperty().asString("Cards to place: %d"));
        VBox deckBox = new VBox(deckTitle, deck);
        deckBox.setId("deckBox");
        deckBox.getStyleClass().add("quiz-deck-box");
        dropTarget(deckBox, null);

        bucketGrid.getStyleClass().add("quiz-buckets");
        for (int i = 0; i < quiz.buckets().size(); i++) {
            BucketQuiz.Bucket b = quiz.buckets().get(i);
            Label key = new Label(String.valueOf(i + 1));
            key.getStyleClass().add("bucket-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label label = new Label(b.label());
            label.getStyleClass().addAll("bucket-label", "code");
            label.setWrapText(true);
            HBox head = new HBox(key, label);
            head.getStyleClass().add("bucket-head");
            VBox box = new VBox(head);
            if (b.hint() != null) {
                Label hint = new Label(b.hint());
                hint.getStyleClass().add("bucket-hint");
                hint.setWrapText(true);
                box.getChildren().add(hint);
            }
            VBox list = new VBox();
            list.getStyleClass().add("bucket-cards");
            VBox.setVgrow(list, Priority.ALWAYS);
            box.getChildren().add(list);
            box.setId("bucket-" + b.id());
            box.getStyleClass().add("bucket");
            box.setAccessibleText("bucket " + (i + 1) + ": " + b.label());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMaxHeight(Double.MAX_VALUE);
            bucketBoxes.add(box);
            bucketCards.put(b.id(), list);
            dropTarget(box, b.id());
            vm.bucket(b.id()).addListener((ListChangeListener<BucketQuiz.Card>) c -> layoutCards());
        }
        VBox board = new VBox(deckBox, bucketGrid);
        board.getStyleClass().add("quiz-board");
        board.widthProperty().addListener((o, a, w) -> arrangeBuckets(w.doubleValue()));
        check.fontProperty().addListener((o, a, f) -> arrangeBuckets(board.getWidth()));
        arrangeBuckets(0);

        check.setId("checkButton");
        check.getStyleClass().add("accent");
        check.disableProperty().bind(vm.canCheckProperty().not());
        check.setOnAction(e -> vm.check());
        Button retry = new Button("Shuffle and try again", new FontIcon("mdi2r-restart"));
        retry.setId("retryButton");
        retry.setOnAction(e -> vm.retry());
        Label status = new Label();
        status.setId("bucketStatus");
        status.getStyleClass().add("result-line");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        FlowPane controls = new FlowPane(check, retry, status);
        controls.getStyleClass().add("quiz-controls");

        feedback.setId("bucketFeedback");
        feedback.getStyleClass().add("quiz-feedback");

        why.setId("cardWhy");
        why.getStyleClass().add("quiz-why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty().bind(vm.whyProperty());
        why.visibleProperty().bind(vm.lockedProperty());
        why.managedProperty().bind(why.visibleProperty());
        deckBox.visibleProperty().bind(vm.lockedProperty().not());
        deckBox.managedProperty().bind(deckBox.visibleProperty());
        // the explanations go right under Check, above the board: read them without losing the Retry button
        VBox page = new VBox(LessonWidgets.header(vm.lesson().title(), vm.lesson().intro()), instructions, controls,
                feedback, board);
        page.getStyleClass().addAll("lesson-page", "bucket-quiz");
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        ghost.getStyleClass().addAll("quiz-card", "quiz-ghost");
        ghost.setVisible(false);
        ghost.setWrapText(true);
        ghostLayer.getChildren().add(ghost);
        ghostLayer.setMouseTransparent(true);
        ghostLayer.setPickOnBounds(false);
        // the explanation of the focused card stays in view under the page, however far the board is scrolled
        BorderPane frame = new BorderPane(scroll);
        frame.setBottom(why);
        root.getChildren().addAll(frame, ghostLayer);
        root.getStylesheets().addAll(LessonWidgets.stylesheet(),
                BucketQuizView.class.getResource("BucketQuizView.css").toExternalForm());

        for (BucketQuiz.Card c : quiz.cards()) cards.put(c.id(), cardNode(c));

        vm.deck().addListener((ListChangeListener<BucketQuiz.Card>) c -> layoutCards());
        // the shortcut lives while the quiz is on screen: its scene gets it, and loses it when the page changes
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.getAccelerators().remove(FIRST_CARD);
            if (scene != null) scene.getAccelerators().put(FIRST_CARD, this::focusFirstCard);
        });
        vm.gradedProperty().addListener((o, a, b) -> showGrades());
        layoutCards();
        showGrades();
    }

    @Override
    public Node root() {
        return root;
    }

    private Button cardNode(BucketQuiz.Card c) {
        Button b = new Button(c.text());
        b.setId("card-" + c.id());
        b.getStyleClass().add("quiz-card");
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAccessibleHelp(KEYS_HELP.formatted(vm.quiz().buckets().size()));
        b.setOnAction(e -> moveMenu(c, b).show(b, Side.BOTTOM, 0, 0));
        // after Check: the card under the keyboard focus, or the mouse, says why it belongs where it does
        b.focusedProperty().addListener((o, was, is) -> {
            if (is) vm.explain(c.id());
        });
        // the pointer moving onto a card, not the page scrolling under a still pointer (that follows the focus)
        b.addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.explain(c.id()));
        b.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int n = number(e.getCode());
            if (n >= 0 && vm.placeByNumber(c.id(), n)) {
                e.consume();
                Platform.runLater(this::focusNextCard);
            }
        });
        b.setOnDragDetected(e -> {
            if (vm.lockedProperty().get()) return;
            b.startFullDrag();
            ghost.setText(c.text());
            ghost.setPrefWidth(b.getWidth());
            moveGhost(e);
            ghost.setVisible(true);
            b.getStyleClass().add("dragging");
            e.consume();
        });
        b.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveGhost);
        b.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            ghost.setVisible(false);
            b.getStyleClass().remove("dragging");
        });
        return b;
    }

    private ContextMenu moveMenu(BucketQuiz.Card c, Button node) {
        ContextMenu menu = new ContextMenu();
        List<BucketQuiz.Bucket> buckets = vm.quiz().buckets();
        for (int i = 0; i < buckets.size(); i++) {
            int n = i + 1;
            MenuItem item = new MenuItem(n + "  " + buckets.get(i).label());
            item.setId("move-" + c.id() + "-" + buckets.get(i).id());
            item.setOnAction(e -> {
                vm.placeByNumber(c.id(), n);
                Platform.runLater(this::focusNextCard);
            });
            item.setDisable(vm.lockedProperty().get() || buckets.get(i).id().equals(vm.placedIn(c.id())));
            menu.getItems().add(item);
        }
        MenuItem back = new MenuItem("0  Back to the cards");
        back.setOnAction(e -> vm.placeByNumber(c.id(), 0));
        back.setDisable(vm.lockedProperty().get() || vm.placedIn(c.id()) == null);
        menu.getItems().addAll(new SeparatorMenuItem(), back);
        return menu;
    }

    private static int number(KeyCode code) {
        if (code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) return 0;
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.getNumericValue(name.charAt(name.length() - 1));
        }
        return -1;
    }

    private void moveGhost(MouseEvent e) {
        Point2D p = ghostLayer.sceneToLocal(e.getSceneX(), e.getSceneY());
        ghost.relocate(p.getX() + 8, p.getY() + 8);
        ghost.autosize();
    }

    /** A bucket (or, with a null id, the deck) accepting a card dragged onto it. */
    private void dropTarget(Region target, String bucketId) {
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (!vm.lockedProperty().get()) target.getStyleClass().add("drop-target");
        });
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> target.getStyleClass().remove("drop-target"));
        // a filter, not a handler: the release often lands on a card inside the target, and cards (buttons)
        // consume mouse events before they would bubble up
        target.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            target.getStyleClass().remove("drop-target");
            ghost.setVisible(false);
            if (e.getGestureSource() instanceof Button b && b.getId() != null && b.getId().startsWith("card-")) {
                String cardId = b.getId().substring("card-".length());
                if (bucketId == null) vm.unplace(cardId);
                else vm.place(cardId, bucketId);
                b.getStyleClass().remove("dragging");
                e.consume();
            }
        });
    }

    private void layoutCards() {
        deck.getChildren().setAll(vm.deck().stream().map(c -> (Node) cards.get(c.id())).toList());
        for (var e : bucketCards.entrySet()) {
            ObservableList<BucketQuiz.Card> placed = vm.bucket(e.getKey());
            e.getValue().getChildren().setAll(placed.stream().map(c -> (Node) cards.get(c.id())).toList());
        }
    }

    /** Four bucket columns on a wide board, two on a medium one, one on a narrow one. */
    private void arrangeBuckets(double width) {
        double em = check.getFont().getSize();
        int cols = width >= 60 * em ? Math.min(4, bucketBoxes.size()) : width >= 28 * em ? 2 : 1;
        if (cols == bucketColumns) return;
        bucketColumns = cols;
        bucketGrid.getChildren().clear();
        bucketGrid.getColumnConstraints().clear();
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            bucketGrid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < bucketBoxes.size(); i++) bucketGrid.add(bucketBoxes.get(i), i % cols, i / cols);
    }

    /** Alt+C, from anywhere on the Lessons screen while the quiz shows: the first card to place (or the first card). */
    public static final KeyCombination FIRST_CARD =
            new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN);

    private void focusFirstCard() {
        Node first = !deck.getChildren().isEmpty() ? deck.getChildren().get(0)
                : vm.quiz().cards().isEmpty() ? null : cards.get(vm.quiz().cards().get(0).id());
        if (first == null) return;
        first.requestFocus();
        // bring it into view: the page may be scrolled anywhere
        Bounds b = first.localToScene(first.getBoundsInLocal());
        Bounds page = scroll.getContent().localToScene(scroll.getContent().getBoundsInLocal());
        double extra = page.getHeight() - scroll.getViewportBounds().getHeight();
        if (extra > 0) scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - page.getMinY() - 20) / extra)));
    }

    private void focusNextCard() {
        if (!deck.getChildren().isEmpty()) deck.getChildren().get(0).requestFocus();
        else check.requestFocus();
    }

    private void showGrades() {
        Graded g = vm.gradedProperty().get();
        feedback.getChildren().clear();
        for (var e : cards.entrySet()) {
            Button b = e.getValue();
            b.getStyleClass().removeAll("card-right", "card-wrong");
            Feedback f = g == null ? null : vm.feedbackFor(e.getKey());
            if (f == null) {
                b.setGraphic(null);
                b.setAccessibleHelp(KEYS_HELP.formatted(vm.quiz().buckets().size()));
                b.setTooltip(new Tooltip("Drag into a bucket, or press 1\u2013" + vm.quiz().buckets().size()));
                continue;
            }
            b.getStyleClass().add(f.right() ? "card-right" : "card-wrong");
            b.setGraphic(new FontIcon(f.right() ? "mdi2c-check-circle" : "mdi2c-close-circle"));
            b.setAccessibleText((f.right() ? "right: " : "wrong: ") + f.subject());
            b.setAccessibleHelp(f.explanation());
            Tooltip t = new Tooltip(f.explanation());
            t.setWrapText(true);
            t.getStyleClass().add("quiz-tip");
            b.setTooltip(t);
        }
        if (g == null) return;
        if (g.mistakes().isEmpty()) {
            Label all = LessonWidgets.verdict(true);
            all.setText("Every card is in the right bucket");
            feedback.getChildren().add(all);
        } else {
            Label head = new Label("Why each misplaced card belongs elsewhere");
            head.getStyleClass().add("quiz-feedback-head");
            feedback.getChildren().add(head);
            for (Feedback f : g.mistakes()) {
                Node item = LessonWidgets.feedback(f, "Misplaced");
                item.setId("feedback-" + f.id());
                feedback.getChildren().add(item);
            }

        }
    }
}
