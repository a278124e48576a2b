package dev.cachelab.ui.lessons;

import dev.cachelab.lesson.BucketQuiz;
import dev.cachelab.lesson.BundledLessons;
import dev.cachelab.lesson.DecisionTree;
import dev.cachelab.lesson.FillSeam;
import dev.cachelab.lesson.MultipleChoice;
import dev.cachelab.lesson.PrReview;
import dev.cachelab.lesson.Score;
import dev.cachelab.ui.lessons.buckets.BucketQuizViewModel;
import dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import dev.cachelab.ui.lessons.review.PrReviewViewModel;
import dev.cachelab.ui.lessons.seam.FillSeamViewModel;
import dev.cachelab.ui.lessons.walker.DecisionWalkerViewModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Each exercise's view model, driven through its commands without a toolkit. */
class ExerciseViewModelsTest {

    /** Records what the exercise reported. */
    static final class Host implements ExerciseHost {
        final List<Score> scores = new ArrayList<>();
        final List<String> opened = new ArrayList<>();
        int visits;

        @Override public void graded(Score score) { scores.add(score); }
        @Override public void visited() { visits++; }
        @Override public boolean scenarioAvailable(String id) { return id.startsWith("stale-after-save"); }
        @Override public void openScenario(String id) { opened.add(id); }
    }

    @Test
    void theWalkerCountsEndpointsAndOpensAvailableScenarios() {
        Host host = new Host();
        DecisionWalkerViewModel vm = new DecisionWalkerViewModel(BundledLessons.lesson("decision-walk"),
                BundledLessons.<DecisionTree>exercise("decision-walk"), host);
        assertThat(vm.choices()).hasSize(2);
        vm.choose(0);
        assertThat(vm.crumbs()).hasSize(1);
        vm.choose(0);
        assertThat(vm.atEndpointProperty().get()).isTrue();
        assertThat(vm.toolProperty().get()).startsWith("updateTag(tag)");
        assertThat(vm.noteProperty().get().evidence().ref()).contains("R16");
        assertThat(vm.scenarioAvailableProperty().get()).isTrue();
        vm.openScenario();
        assertThat(host.opened).containsExactly("stale-after-save-fixed");
        vm.stepBack();
        vm.choose(0); // the same endpoint again: no new score
        vm.backTo(0);
        vm.choose(1);
        vm.choose(1);
        vm.choose(1);
        vm.choose(0); // one server process
        assertThat(vm.toolProperty().get()).isEqualTo("revalidateTag(tag, 'max')");
        assertThat(vm.scenarioAvailableProperty().get()).isFalse();
        vm.openScenario();
        assertThat(host.opened).hasSize(1);
        assertThat(host.scores).containsExactly(new Score(1, 7), new Score(2, 7));
        assertThat(vm.foundProperty().get()).isEqualTo("2 of 7 endpoints found");
    }

    @Test
    void theBucketQuizPlacesByKeyChecksOnlyWhenFullAndRetriesShuffled() {
        Host host = new Host();
        BucketQuiz quiz = BundledLessons.exercise("sort-mutations");
        BucketQuizViewModel vm = new BucketQuizViewModel(BundledLessons.lesson("sort-mutations"), quiz, host, new Random(3));
        List<String> firstOrder = vm.deck().stream().map(BucketQuiz.Card::id).toList();
        assertThat(vm.deck()).hasSize(quiz.cards().size()).hasSize(22);
        assertThat(vm.placeByNumber("sitemap", 3)).isTrue();
        assertThat(vm.placedIn("sitemap")).isEqualTo("revalidate-path");
        assertThat(vm.placeByNumber("sitemap", 0)).isTrue();
        assertThat(vm.placedIn("sitemap")).isNull();
        assertThat(vm.placeByNumber("sitemap", 9)).isFalse();
        for (BucketQuiz.Card c : quiz.cards()) vm.place(c.id(), c.bucket());
        vm.place("like-button", "refresh");
        assertThat(vm.canCheckProperty().get()).isTrue();
        vm.check();
        assertThat(host.scores).containsExactly(new Score(21, 22));
        assertThat(vm.feedbackFor("like-button").right()).isFalse();
        assertThat(vm.feedbackFor("like-button").explanation()).contains("router.refresh() invalidates nothing");
        assertThat(vm.statusProperty().get()).startsWith("21 of 22 cards in the right bucket");
        vm.place("like-button", "update-tag"); // locked after Check
        assertThat(vm.placedIn("like-button")).isEqualTo("refresh");
        vm.retry();
        assertThat(vm.deck()).hasSize(quiz.cards().size()).hasSize(22);
        assertThat(vm.gradedProperty().get()).isNull();
        assertThat(vm.deck().stream().map(BucketQuiz.Card::id).toList()).isNotEqualTo(firstOrder);
    }

    /** The position on screen of the option with this text. */
    private static int at(List<String> shown, String text) {
        int i = shown.indexOf(text);
        assertThat(i).as("\u201c" + text + "\u201d is shown").isNotNegative();
        return i;
    }

    @Test
    void multipleChoiceLocksAnAnsweredQuestionAndScoresAtTheEnd() {
        Host host = new Host();
        MultipleChoice mc = BundledLessons.exercise("one-question");
        MultipleChoiceViewModel vm = new MultipleChoiceViewModel(BundledLessons.lesson("one-question"), mc, host, new Random(3));
        assertThat(vm.positionProperty().get()).isEqualTo("Question 1 of 5");
        assertThat(vm.canCheckProperty().get()).isFalse();
        assertThat(vm.canNextProperty().get()).isFalse();
        MultipleChoice.Question cron = mc.questions().get(0);
        int wrong = at(vm.options(), cron.options().get(1).text());
        vm.select(wrong);
        vm.check();
        assertThat(vm.feedbackProperty().get().right()).isFalse();
        assertThat(vm.answerProperty().get()).isEqualTo(at(vm.options(), cron.right().text()));
        vm.select(vm.answerProperty().get()); // locked
        assertThat(vm.selectedProperty().get()).isEqualTo(wrong);
        for (int i = 1; i < mc.questions().size(); i++) {
            vm.next();
            vm.select(at(vm.options(), mc.questions().get(i).right().text()));
            vm.check();
            assertThat(vm.feedbackProperty().get().right()).isTrue();
        }
        assertThat(vm.finishedProperty().get()).isTrue();
        assertThat(host.scores).containsExactly(new Score(4, 5));
        assertThat(vm.summaryProperty().get()).startsWith("4 of 5 right on the first try.");
        vm.previous();
        assertThat(vm.positionProperty().get()).isEqualTo("Question 4 of 5");
        vm.retry();
        assertThat(vm.positionProperty().get()).isEqualTo("Question 1 of 5");
        assertThat(vm.feedbackProperty().get()).isNull();
    }

    @Test
    void multipleChoiceShowsANewOrderEachAttemptAndKeepsItWithinOne() {
        MultipleChoice mc = BundledLessons.exercise("one-question");
        MultipleChoiceViewModel vm = new MultipleChoiceViewModel(BundledLessons.lesson("one-question"), mc, new Host(), new Random(11));
        List<String> first = List.copyOf(vm.options());
        assertThat(first).containsExactlyInAnyOrderElementsOf(mc.questions().get(0).options().stream()
                .map(MultipleChoice.Option::text).toList());
        vm.select(0);
        vm.check();
        vm.next();
        vm.previous();
        assertThat(vm.options()).as("going back shows the same order").containsExactlyElementsOf(first);
        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        java.util.Set<Integer> rightAt = new java.util.HashSet<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            vm.retry();
            orders.add(List.copyOf(vm.options()));
            rightAt.add(vm.options().indexOf(mc.questions().get(0).right().text()));
        }
        assertThat(orders).as("orders over 12 attempts").hasSizeGreaterThan(1);
        assertThat(rightAt).as("positions of the right answer").hasSizeGreaterThan(1);
    }

    @Test
    void fillTheSeamGradesEveryBlank() {
        Host host = new Host();
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        FillSeamViewModel vm = new FillSeamViewModel(BundledLessons.lesson("fill-the-seam"), seam, host, new Random(5));
        assertThat(vm.statusProperty().get()).isEqualTo("5 blanks to fill");
        vm.choose("importTool", at(vm.options("importTool"), "updateTag"));
        vm.choose("listTool", at(vm.options("listTool"), "updateTag"));
        vm.choose("listHelper", at(vm.options("listHelper"), "list"));
        vm.choose("recordTool", at(vm.options("recordTool"), "revalidatePath"));
        assertThat(vm.canCheckProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("1 blank to fill");
        vm.choose("recordHelper", at(vm.options("recordHelper"), "record"));
        vm.check();
        assertThat(host.scores).containsExactly(new Score(4, 5));
        assertThat(vm.feedbackFor("recordTool").explanation()).startsWith("You chose revalidatePath.");
        vm.retry();
        assertThat(vm.chosenProperty("listTool").get()).isEqualTo(-1);
        assertThat(vm.gradedProperty().get()).isNull();
        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        for (int attempt = 0; attempt < 12; attempt++) {
            vm.retry();
            orders.add(List.copyOf(vm.options("listTool")));
        }
        assertThat(orders).as("dropdown orders over 12 attempts").hasSizeGreaterThan(1);
    }

    @Test
    void theReviewNeedsALineAndAFlawForAComment() {
        Host host = new Host();
        PrReviewViewModel vm = new PrReviewViewModel(BundledLessons.lesson("pr-review"),
                BundledLessons.<PrReview>exercise("pr-review"), host);
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.draftFlawProperty("wrong-tool").set(true);
        assertThat(vm.canAddProperty().get()).isFalse(); // no line yet
        vm.selectLine(12);
        assertThat(vm.selectedTextProperty().get()).isEqualTo("Line 12:  revalidateTag('invoices');");
        vm.draftTextProperty().set("  should be updateTag  ");
        vm.addComment();
        assertThat(vm.comments()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(12);
            assertThat(c.text()).isEqualTo("should be updateTag");
        });
        assertThat(vm.draftFlawProperty("wrong-tool").get()).isFalse();
        assertThat(vm.mark(12)).isEqualTo(PrReviewViewModel.LineMark.COMMENTED);
        vm.submit();
        assertThat(host.scores).containsExactly(new Score(1, 4));
        assertThat(vm.mark(12)).isEqualTo(PrReviewViewModel.LineMark.MISSED);
        assertThat(vm.mark(10)).isEqualTo(PrReviewViewModel.LineMark.MISSED);
        assertThat(vm.mark(3)).isEqualTo(PrReviewViewModel.LineMark.NONE);
        assertThat(vm.statusProperty().get()).isEqualTo("Score 1 of 4: 1 of 4 flaws found.");
        assertThat(vm.scoring()).contains("minus one");
        vm.retry();
        assertThat(vm.comments()).isEmpty();
    }
}
