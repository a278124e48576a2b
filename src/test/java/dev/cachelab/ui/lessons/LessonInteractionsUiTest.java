package dev.cachelab.ui.lessons;

import dev.cachelab.lesson.BucketQuiz;
import dev.cachelab.lesson.MultipleChoice;
import dev.cachelab.ui.lessons.buckets.BucketQuizViewModel;
import dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel;
import dev.cachelab.ui.lessons.review.PrReviewView;
import dev.cachelab.ui.theme.Theme;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson interactions the audit found wanting, in the real window at 1280×720: the keyboard reaches a card's
 * explanation, the answer options move and take a focus ring, selecting a line of the PR review moves nothing,
 * the review's feedback names the commented lines and its score is the one stored, clicking a stop keeps the list
 * where it was, and Continue goes where Next is.
 */
class LessonInteractionsUiTest extends LessonsWindowTest {

    @Test
    void afterCheckTheKeyboardReachesEveryCardsExplanation(FxRobot robot) {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "sort-mutations");
        BucketQuizViewModel quiz = (BucketQuizViewModel) screen.model().pageProperty().get();
        // every card is in view at once: the deck is laid out across the page, not in a narrow column
        for (BucketQuiz.Card c : quiz.deck()) {
            Bounds b = robot.lookup("#card-" + c.id()).query().localToScene(robot.lookup("#card-" + c.id()).query().getLayoutBounds());
            assertThat(b.getMaxY()).as(c.id() + " is within the window").isLessThan(stage.getScene().getHeight());
        }
        robot.interact(() -> {
            for (BucketQuiz.Card c : quiz.quiz().cards()) quiz.place(c.id(), c.bucket());
            quiz.place("avatar", "refresh");
        });
        robot.clickOn("#checkButton");
        assertThat(text(robot, "#cardWhy")).startsWith("Focus a card (Tab)");
        robot.interact(() -> robot.lookup("#card-avatar").query().requestFocus());
        assertThat(text(robot, "#cardWhy")).startsWith("\u201cA user uploads a new avatar on their profile page\u201d \u2014 misplaced.")
                .contains("router.refresh() re-renders the profile but invalidates nothing (R23)")
                .contains("It belongs in updateTag(tag)");
        robot.interact(() -> robot.lookup("#card-form-edit").query().requestFocus());
        assertThat(text(robot, "#cardWhy")).startsWith("\u201cA user edits invoice #42 and clicks Save\u201d \u2014 right.");
        robot.type(KeyCode.TAB);
        Node next = stage.getScene().getFocusOwner();
        assertThat(next.getId()).startsWith("card-");
        String id = next.getId().substring("card-".length());
        assertThat(text(robot, "#cardWhy")).contains(quiz.quiz().cards().stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow().text());
        assertThat(robot.lookup("#bucketFeedback").queryAs(javafx.scene.layout.Pane.class).getChildren()
                .stream().map(n -> n.getId() == null ? "" : n.getId())).contains("feedback-avatar");
    }

    @Test
    void answerOptionsMoveBetweenAttemptsAndTakeAFocusRing(FxRobot robot) {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "one-question");
        MultipleChoiceViewModel mc = (MultipleChoiceViewModel) screen.model().pageProperty().get();
        MultipleChoice.Question cron = dev.cachelab.lesson.BundledLessons.<MultipleChoice>exercise("one-question")
                .questions().get(0);
        java.util.Set<Integer> rightAt = new java.util.HashSet<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            robot.interact(mc::retry);
            rightAt.add(mc.options().indexOf(cron.right().text()));
        }
        assertThat(rightAt).as("where the right answer was shown").hasSizeGreaterThan(1);

        // the keyboard: focus an option, arrow to the right one, check
        robot.interact(() -> app.theme().themeProperty().set(Theme.LIGHT));
        robot.interact(() -> robot.lookup("#option-0").query().requestFocus());
        RadioButton focused = (RadioButton) stage.getScene().getFocusOwner();
        assertThat(focused.getBorder()).as("a focus ring in the light theme").isNotNull();
        assertThat(focused.getBorder().getStrokes()).isNotEmpty();
        int right = mc.options().indexOf(cron.right().text());
        for (int i = 0; i < right; i++) robot.type(KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        assertThat(mc.selectedProperty().get()).isEqualTo(right);
        robot.clickOn("#checkAnswerButton");
        assertThat(mc.feedbackProperty().get().right()).isTrue();
        assertThat(robot.lookup("#option-" + right).query().getStyleClass()).contains("mc-answer");
    }

    private static void clickLine(FxRobot robot, CodeArea area, int line) {
        Bounds b = area.getParagraphBoundsOnScreen(line - 1).orElseThrow();
        robot.clickOn(new Point2D(b.getMinX() + 80, b.getMinY() + b.getHeight() / 2));
    }

    @Test
    void selectingALineMovesNothingAndTheReviewsScoreIsTheStoredOne(FxRobot robot) {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "pr-review");
        PrReviewView view = (PrReviewView) screen.pathView().viewFor(screen.model().pageProperty().get());
        Node box = robot.lookup("#flaw-in-transaction").query();
        double before = box.localToScene(0, 0).getY();
        for (int line : new int[]{12, 3, 8, 15}) {
            clickLine(robot, view.codeArea(), line);
            assertThat(box.localToScene(0, 0).getY()).as("the first checkbox after selecting line " + line).isEqualTo(before);
        }
        clickLine(robot, view.codeArea(), 12);
        robot.clickOn("#flaw-hand-typed-tag");
        robot.clickOn("#flaw-missing-profile");
        robot.clickOn("#addCommentButton");
        clickLine(robot, view.codeArea(), 3);
        robot.clickOn("#flaw-wrong-tool");
        robot.clickOn("#addCommentButton");
        robot.clickOn("#submitReviewButton");
        assertThat(text(robot, "#reviewStatus"))
                .isEqualTo("Score 1 of 4: 2 of 4 flaws found, minus 1 for a tag on a line without that flaw.");
        assertThat(text(robot, "#reviewScoring")).startsWith("Scoring: One point per flaw found");
        assertThat(dev.cachelab.ui.CutText.cut(robot.lookup("#reviewFeedback-in-transaction-10").query()).toString())
                .isEqualTo("[]");
        String tx = robot.lookup("#reviewFeedback-in-transaction-10").lookup(".feedback-why").query().getAccessibleText();
        assertThat(tx).startsWith("Missed. \u201cInside the transaction\u201d is on line 10").contains("You commented on line 12");
        assertThat(screen.model().progress().get("pr-review").best()).hasToString("1/4");
        assertThat(screen.model().rows().get(screen.model().selectedProperty().get()).score()).isEqualTo("1/4");
    }

    @Test
    void clickingAStopKeepsTheListWhereItIsAndContinueGoesWhereNextIs(FxRobot robot) {
        LearningPathScreen screen = open(robot);
        ScrollPane list = robot.lookup("#pathListScroll").queryAs(ScrollPane.class);
        robot.interact(() -> list.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Node stop = robot.lookup("#stop-16").query();
        robot.clickOn(stop);
        assertThat(screen.model().selectedProperty().get()).isEqualTo(16);
        assertThat(list.getVvalue()).as("the list did not jump back to the top").isGreaterThan(0.5);
        assertThat(stop.getStyleClass()).contains("stop-selected", "stop-next");
        assertThat(text(robot, "#continueButton")).isEqualTo("Continue here: 17. Sort the mutations");

        // stop 1 is not done: once this one is, Continue says so and goes back to it, not past it
        robot.interact(() -> {
            BucketQuizViewModel quiz = (BucketQuizViewModel) screen.model().pageProperty().get();
            for (BucketQuiz.Card c : quiz.quiz().cards()) quiz.place(c.id(), c.bucket());
            quiz.check();
        });
        assertThat(text(robot, "#continueButton")).isEqualTo("Continue: 1. Watch the stale-after-save bug");
        assertThat(robot.lookup("#stop-0").query().getStyleClass()).contains("stop-next");
        robot.clickOn("#continueButton");
        assertThat(screen.model().selectedProperty().get()).isZero();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).as("the keyboard lands in the open stop")
                .isSameAs(robot.lookup("#openScenarioStopButton").query());
        Button open = robot.lookup("#openScenarioStopButton").queryButton();
        assertThat(open.getText()).contains("Watch the stale-after-save bug");
    }
}
