package dev.cachelab.ui.lessons;

import dev.cachelab.lesson.BucketQuiz;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.ui.Snapshots;
import dev.cachelab.ui.lessons.buckets.BucketQuizViewModel;
import dev.cachelab.ui.lessons.review.PrReviewView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the learning path in the real window, headless, at 1280×720: walk the decision tree and open its
 * scenario in the explorer, drag cards into buckets and place them by keyboard, review the PR by clicking lines,
 * fill the seam from dropdowns, answer a question, and reset progress after confirming.
 */
class LearningPathUiTest extends LessonsWindowTest {

    private static String allText(Node n) {
        StringBuilder b = new StringBuilder();
        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) b.append(l.getText()).append('\n');
        // a text with reference links reads as one run (its links are part of the sentence)
        if (n instanceof javafx.scene.text.TextFlow f && f.getAccessibleText() != null) return b.append(f.getAccessibleText()).append('\n').toString();
        if (n instanceof javafx.scene.Parent p) p.getChildrenUnmodifiable().forEach(c -> b.append(allText(c)));
        return b.toString();
    }

    @Test
    void theScreenIsOnTheRailAndShowsThePath(FxRobot robot) {
        LearningPathScreen screen = open(robot);
        assertThat(screen.id()).isEqualTo("lessons");
        assertThat(robot.lookup("#learningPath").tryQuery()).isPresent();
        assertThat(robot.lookup("#pathList").queryAs(Pane.class).getChildren()).hasSize(screen.model().rows().size());
        robot.clickOn("#stop-1");
        assertThat(screen.model().rows().get(screen.model().selectedProperty().get()).id()).isEqualTo("one-question");
        assertThat(robot.lookup("#stop-1").query().getStyleClass()).contains("stop-selected");
    }

    @Test
    void walksTheTreeStepsBackAndOpensTheEndpointsScenario(FxRobot robot) throws Exception {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "decision-walk");
        assertThat(text(robot, "#walkerQuestion")).contains("expect to see it the instant");
        robot.clickOn("#choice-0");
        assertThat(text(robot, "#walkerQuestion")).isEqualTo("Does the mutation run in a Server Action?");
        assertThat(text(robot, "#crumb-0")).startsWith("Yes");
        robot.clickOn("#choice-1");
        assertThat(text(robot, "#walkerQuestion")).isEqualTo("Could the mutation move into a Server Action?");
        robot.clickOn("#walkerBack");
        assertThat(text(robot, "#walkerQuestion")).isEqualTo("Does the mutation run in a Server Action?");
        robot.clickOn("#choice-0");
        assertThat(robot.lookup("#endpointCard").query().isVisible()).isTrue();
        assertThat(text(robot, "#endpointTool")).startsWith("updateTag(tag)");
        assertThat(text(robot, "#endpointsFound")).isEqualTo("1 of 7 endpoints found");
        snapshot("lesson-decision-walk-endpoint.png");

        robot.clickOn("#crumb-0"); // back to the first question, choose differently
        assertThat(robot.lookup("#crumb-0").tryQuery()).isEmpty();
        robot.clickOn("#choice-1");
        robot.clickOn("#choice-0");
        assertThat(text(robot, "#endpointTool")).isEqualTo("revalidatePath(path)");
        robot.clickOn("#walkerRestart");
        robot.clickOn("#choice-0");
        robot.clickOn("#choice-0");

        robot.clickOn("#openScenarioButton");
        assertThat(app.window().current().id()).isEqualTo("explorer");
        @SuppressWarnings("unchecked")
        ComboBox<Scenario> picker = robot.lookup("#scenarioPicker").queryAs(ComboBox.class);
        assertThat(picker.getValue().id()).isEqualTo("stale-after-save-fixed");

        robot.clickOn("#nav-lessons");
        LearningPathViewModel.StopRow row = screen.model().rows().stream().filter(r -> r.id().equals("decision-walk")).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(LearningPathViewModel.Status.DONE);
        assertThat(row.score()).isEqualTo("2/7");
    }

    @Test
    void altCJumpsFromThePathListToTheFirstCardAndTheHintSaysSo(FxRobot robot) {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "sort-mutations");
        BucketQuizViewModel quiz = (BucketQuizViewModel) screen.model().pageProperty().get();
        robot.interact(() -> robot.lookup("#pathList").query().lookupAll(".stop-row").stream().findFirst()
                .orElse(robot.lookup("#pathList").query()).requestFocus());
        robot.press(KeyCode.ALT).press(KeyCode.C).release(KeyCode.C).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("card-" + quiz.deck().get(0).id());
        assertThat(allText(robot.lookup(".quiz-instructions").query())).contains("Alt+C");
        // the first card, placed by number, hands the focus to the next one
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner().getId()).startsWith("card-");
    }

    @Test
    void dragsCardsIntoBucketsAndPlacesTheRestByKeyboard(FxRobot robot) throws Exception {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "sort-mutations");
        BucketQuizViewModel quiz = (BucketQuizViewModel) screen.model().pageProperty().get();

        BucketQuiz.Card first = quiz.deck().get(0);
        robot.drag("#card-" + first.id()).dropTo("#bucket-" + first.bucket());
        assertThat(quiz.placedIn(first.id())).isEqualTo(first.bucket());
        assertThat(robot.lookup("#bucket-" + first.bucket()).lookup("#card-" + first.id()).tryQuery()).isPresent();
        // 22 cards fill the deck: scroll down to the buckets and drop back on the deck's lowest part, which is in view
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".bucket-quiz").query().getParent().getParent()
                .getParent()).setVvalue(1.0));
        Node deckBox = robot.lookup("#deckBox").query();
        javafx.geometry.Bounds deck = deckBox.localToScreen(deckBox.getBoundsInLocal());
        robot.drag("#card-" + first.id()).dropTo(new javafx.geometry.Point2D(deck.getCenterX(), deck.getMaxY() - 10));
        assertThat(quiz.placedIn(first.id())).isNull();
        BucketQuiz.Card second = quiz.deck().get(0);
        String wrongBucket = second.bucket().equals("refresh") ? "update-tag" : "refresh";
        robot.drag("#card-" + second.id()).dropTo("#bucket-" + wrongBucket);
        assertThat(quiz.placedIn(second.id())).isEqualTo(wrongBucket);

        // the keyboard path: focus a card, press its bucket's number; focus moves on to the next card
        robot.interact(() -> robot.lookup("#card-" + quiz.deck().get(0).id()).query().requestFocus());
        while (!quiz.deck().isEmpty()) {
            Node focused = stage.getScene().getFocusOwner();
            assertThat(focused.getId()).startsWith("card-");
            String id = focused.getId().substring("card-".length());
            BucketQuiz.Card card = quiz.quiz().cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            int number = quiz.quiz().buckets().indexOf(quiz.quiz().bucket(card.bucket())) + 1;
            robot.type(KeyCode.valueOf("DIGIT" + number));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(quiz.placedIn(id)).isEqualTo(card.bucket());
        }
        assertThat(robot.lookup("#checkButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#checkButton");
        assertThat(text(robot, "#bucketStatus")).startsWith("21 of 22 cards in the right bucket");
        assertThat(robot.lookup("#card-" + second.id()).query().getStyleClass()).contains("card-wrong");
        assertThat(((Button) robot.lookup("#card-" + second.id()).query()).getGraphic()).isNotNull();
        assertThat(allText(robot.lookup("#feedback-" + second.id()).query())).contains("You put it in").contains("It belongs in");
        snapshot("lesson-sort-mutations-checked.png");

        robot.clickOn("#retryButton");
        assertThat(quiz.deck()).hasSize(22);
        assertThat(robot.lookup("#bucketFeedback").queryAs(Pane.class).getChildren()).isEmpty();
    }

    private static void clickLine(FxRobot robot, CodeArea area, int line) {
        Bounds b = area.getParagraphBoundsOnScreen(line - 1).orElseThrow();
        robot.clickOn(new Point2D(b.getMinX() + 80, b.getMinY() + b.getHeight() / 2));
    }

    @Test
    void reviewsThePullRequestByClickingLines(FxRobot robot) throws Exception {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "pr-review");
        PrReviewView view = (PrReviewView) screen.pathView().viewFor(screen.model().pageProperty().get());
        CodeArea area = view.codeArea();

        clickLine(robot, area, 12);
        assertThat(text(robot, "#selectedLineLabel")).isEqualTo("Line 12:  revalidateTag('invoices');");
        robot.clickOn("#flaw-hand-typed-tag");
        robot.clickOn("#flaw-missing-profile");
        robot.clickOn("#commentText").write("Use invoiceTags.list(orgId) and pass a profile");
        robot.clickOn("#addCommentButton");
        clickLine(robot, area, 12);
        robot.type(KeyCode.UP, 2); // the arrow keys move between lines too
        assertThat(text(robot, "#selectedLineLabel")).startsWith("Line 10:");
        robot.type(KeyCode.TAB);
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("flaw-in-transaction");
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#flaw-in-transaction").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#addCommentButton");
        assertThat(robot.lookup("#commentList").queryAs(Pane.class).getChildren()).hasSize(2);
        assertThat(allText(robot.lookup("#comment-0").query())).contains("Line 12").contains("Hand-typed tag");

        robot.clickOn("#submitReviewButton");
        assertThat(text(robot, "#reviewStatus")).isEqualTo("Score 3 of 4: 3 of 4 flaws found.");
        assertThat(allText(robot.lookup("#reviewFeedback-wrong-tool-12").query()))
                .contains("Missed. \u201cWrong tool: the user awaits this write\u201d is on line 12")
                .contains("You commented on line 12 but ticked \u201cHand-typed tag\u201d");
        assertThat(robot.lookup("#flaw-wrong-tool").query().isDisabled()).isTrue();
        snapshot("lesson-pr-review-graded.png");
        assertThat(screen.model().progress().get("pr-review").best()).hasToString("3/4");
    }

    private static void choose(FxRobot robot, String blank, String option) {
        robot.clickOn("#blank-" + blank);
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").<ListCell<?>>match(c -> option.equals(((ListCell<?>) c).getText()))
                .query();
        robot.clickOn(cell);
    }

    @Test
    void fillsTheSeamFromTheDropdowns(FxRobot robot) throws Exception {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "fill-the-seam");
        assertThat(robot.lookup("#checkSeamButton").queryButton().isDisabled()).isTrue();
        choose(robot, "importTool", "updateTag");
        choose(robot, "listTool", "updateTag");
        choose(robot, "listHelper", "list");
        choose(robot, "recordTool", "revalidatePath");
        choose(robot, "recordHelper", "record");
        robot.clickOn("#checkSeamButton");
        assertThat(text(robot, "#seamStatus")).isEqualTo("4 of 5 blanks right.");
        assertThat(allText(robot.lookup("#seamFeedback-recordTool").query())).contains("You chose revalidatePath.")
                .contains("The answer is updateTag");
        assertThat(robot.lookup("#mark-recordTool").query().getStyleClass()).contains("mark-wrong");
        assertThat(robot.lookup("#mark-listTool").query().getStyleClass()).contains("mark-right");
        assertThat(allText(robot.lookup("#seamNote").query())).contains("generateStaticParams").contains("R16").contains("Cache Lab's model");
        snapshot("lesson-fill-the-seam-checked.png");
        robot.clickOn("#retrySeamButton");
        assertThat(robot.lookup("#blank-listTool").queryComboBox().getSelectionModel().getSelectedIndex()).isEqualTo(-1);
    }

    @Test
    void aWrongAnswerIsExplained(FxRobot robot) throws Exception {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "one-question");
        // the options are shown shuffled: find them by their text
        dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel mc =
                (dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel) screen.model().pageProperty().get();
        int wrong = mc.options().indexOf("updateTag(productTags.list(orgId)), once");
        int right = mc.options().indexOf("revalidateTag(productTags.list(orgId), 'max'), once");
        robot.clickOn("#option-" + wrong);
        robot.clickOn("#checkAnswerButton");
        String feedback = allText(robot.lookup("#answerFeedback").query());
        assertThat(feedback).contains("Wrong").contains("You chose").contains("updateTag can only be called from within a Server Action");
        assertThat(robot.lookup("#option-" + right).query().getStyleClass()).contains("mc-answer");
        assertThat(robot.lookup("#option-" + wrong).query().getStyleClass()).contains("mc-wrong-choice");
        snapshot("lesson-one-question-wrong.png");
        robot.clickOn("#nextQuestionButton");
        assertThat(text(robot, "#position")).isEqualTo("Question 2 of 5");
    }

    @Test
    void resetAsksFirst(FxRobot robot) {
        LearningPathScreen screen = open(robot);
        go(robot, screen, "compare-tools"); // reading the table counts
        assertThat(text(robot, "#pathSummary")).isNotEqualTo("0 of 19 done");
        // Reset sits under the list of stops
        javafx.scene.control.ScrollPane list = robot.lookup("#pathListScroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> list.setVvalue(1));
        robot.clickOn("#resetProgressButton");
        assertThat(robot.lookup("#resetConfirmBar").query().isVisible()).isTrue();
        robot.clickOn("#cancelResetButton");
        assertThat(robot.lookup("#resetConfirmBar").query().isVisible()).isFalse();
        assertThat(screen.model().progress().get("compare-tools").done()).isTrue();
        robot.clickOn("#resetProgressButton");
        robot.clickOn("#confirmResetButton");
        assertThat(screen.model().progress().items()).isEmpty();
        assertThat(text(robot, "#pathSummary")).isEqualTo("0 of 19 done");
    }

    private void snapshot(String name) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Snapshots.writePng(img, out);
    }
}
