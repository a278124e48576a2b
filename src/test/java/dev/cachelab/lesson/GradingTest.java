package dev.cachelab.lesson;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exercise grades itself from its data, and every wrong answer comes with why. */
class GradingTest {

    // ---- drag to buckets ----

    private static Map<String, String> rightPlacement(BucketQuiz q) {
        Map<String, String> p = new HashMap<>();
        q.cards().forEach(c -> p.put(c.id(), c.bucket()));
        return p;
    }

    @Test
    void aPerfectSortScoresEveryCard() {
        BucketQuiz q = BundledLessons.exercise("sort-mutations");
        Graded g = q.grade(rightPlacement(q));
        assertThat(g.score()).isEqualTo(new Score(q.cards().size(), q.cards().size()));
        assertThat(g.feedback()).hasSize(q.cards().size()).allMatch(Feedback::right);
        assertThat(g.mistakes()).isEmpty();
    }

    @Test
    void aMisplacedCardIsExplainedWithTheTemptingBucketAndTheRightOne() {
        BucketQuiz q = BundledLessons.exercise("sort-mutations");
        Map<String, String> p = rightPlacement(q);
        p.put("stripe-webhook", "update-tag");
        p.remove("feed");
        Graded g = q.grade(p);
        assertThat(g.score()).isEqualTo(new Score(q.cards().size() - 2, q.cards().size()));
        Feedback stripe = g.mistakes().stream().filter(f -> f.id().equals("stripe-webhook")).findFirst().orElseThrow();
        assertThat(stripe.explanation())
                .startsWith("You put it in updateTag(tag). In a Route Handler updateTag throws")
                .contains("It belongs in revalidateTag(tag, 'max'): ");
        Feedback feed = g.mistakes().stream().filter(f -> f.id().equals("feed")).findFirst().orElseThrow();
        assertThat(feed.explanation()).startsWith("Not placed. It belongs in revalidatePath(path): ");
    }

    @Test
    void everyCardExplainsItselfAndTheDeckIsShuffled() {
        BucketQuiz q = BundledLessons.exercise("sort-mutations");
        assertThat(q.cards()).allSatisfy(c -> assertThat(c.why()).isNotBlank());
        List<BucketQuiz.Card> a = q.shuffled(new Random(1));
        List<BucketQuiz.Card> b = q.shuffled(new Random(2));
        assertThat(a).containsExactlyInAnyOrderElementsOf(q.cards());
        assertThat(a).isNotEqualTo(b);
        // all four buckets are used
        assertThat(q.cards().stream().map(BucketQuiz.Card::bucket).distinct()).hasSize(4);
    }

    // ---- multiple choice ----

    @Test
    void theCronQuestionExplainsAWrongPickAndGivesTheAnswer() {
        MultipleChoice mc = BundledLessons.exercise("one-question");
        MultipleChoice.Question cron = mc.questions().get(0);
        assertThat(cron.id()).isEqualTo("cron-import");
        assertThat(cron.options().get(cron.answer()).text()).startsWith("revalidateTag(productTags.list(orgId), 'max')");
        Feedback wrong = MultipleChoice.grade(cron, 1);
        assertThat(wrong.right()).isFalse();
        assertThat(wrong.explanation()).startsWith("You chose \u201cupdateTag(productTags.list(orgId)), once\u201d.")
                .contains("updateTag can only be called from within a Server Action")
                .contains("The answer is \u201crevalidateTag(productTags.list(orgId), 'max'), once\u201d");
        assertThat(MultipleChoice.grade(cron, cron.answer()).right()).isTrue();
        assertThat(MultipleChoice.grade(cron, null).explanation()).startsWith("Not answered.");
    }

    @Test
    void aWholeQuizScoresRightAnswers() {
        MultipleChoice mc = BundledLessons.exercise("real-behaviour");
        Map<String, Integer> answers = new HashMap<>();
        mc.questions().forEach(q -> answers.put(q.id(), q.answer()));
        answers.put("refresh-debounce", 1); // "One: router.refresh() is debounced"
        Graded g = mc.grade(answers);
        assertThat(g.score()).isEqualTo(new Score(mc.questions().size() - 1, mc.questions().size()));
        assertThat(g.mistakes()).singleElement().extracting(Feedback::explanation).asString()
                .contains("no debounce").contains("Five: one per call");
        assertThat(g.mistakes().get(0).note().source()).contains("R23");
    }

    // ---- fill in the seam ----

    @Test
    void theSeamIsRightWithUpdateTagOnListAndRecord() {
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        assertThat(seam.blanks()).extracting(FillSeam.Blank::id).containsExactly("listTool", "listHelper", "recordTool", "recordHelper");
        Map<String, Integer> answers = new HashMap<>();
        seam.blanks().forEach(b -> answers.put(b.id(), b.answer()));
        assertThat(seam.grade(answers).score().perfect()).isTrue();
        assertThat(seam.blanks().get(0).options().get(seam.blanks().get(0).answer()).text()).isEqualTo("updateTag");
        assertThat(seam.blanks().get(3).options().get(seam.blanks().get(3).answer()).text()).isEqualTo("record");
    }

    @Test
    void eachWrongChoiceInTheSeamSaysWhy() {
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        Map<String, Integer> answers = new HashMap<>();
        seam.blanks().forEach(b -> answers.put(b.id(), b.answer()));
        answers.put("listTool", 1);     // revalidateTag
        answers.put("recordHelper", 1); // list
        Graded g = seam.grade(answers);
        assertThat(g.score()).isEqualTo(new Score(2, 4));
        assertThat(g.feedback().get(0).explanation()).startsWith("You chose revalidateTag.").contains("deprecated")
                .contains("The answer is updateTag");
        assertThat(g.feedback().get(3).explanation()).startsWith("You chose list.").contains("The answer is record");
        assertThat(seam.grade(Map.of()).mistakes()).hasSize(4).allMatch(f -> f.explanation().startsWith("Left empty."));
    }

    @Test
    void theCodeSplitsIntoTextAndBlanks() {
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        List<FillSeam.Segment> line10 = seam.lines().get(9);
        assertThat(line10).hasSize(5);
        assertThat(line10.get(0)).isEqualTo(new FillSeam.Text("  "));
        assertThat(((FillSeam.BlankRef) line10.get(1)).blank().id()).isEqualTo("listTool");
        assertThat(line10.get(2)).isEqualTo(new FillSeam.Text("(invoiceTags."));
    }

    // ---- PR review ----

    private static final Set<String> THREE = Set.of("hand-typed-tag", "missing-profile", "wrong-tool");

    @Test
    void theReviewHasOneLineWithThreeFlaws() {
        PrReview r = BundledLessons.exercise("pr-review");
        assertThat(r.crowdedLines()).containsExactly(12);
        assertThat(r.findings().stream().filter(f -> f.line() == 12).map(PrReview.Finding::flaw)).containsExactlyInAnyOrderElementsOf(THREE);
        assertThat(r.code().get(11).strip()).isEqualTo("revalidateTag('invoices');");
    }

    @Test
    void aThoroughReviewFindsAllFour() {
        PrReview r = BundledLessons.exercise("pr-review");
        Graded g = r.grade(List.of(new PrReview.Comment(12, THREE, "use updateTag(invoiceTags.list(orgId))"),
                new PrReview.Comment(10, Set.of("in-transaction"), "move it after the commit")));
        assertThat(g.score()).isEqualTo(new Score(4, 4));
    }

    @Test
    void aReviewThatNamesOneOfThreeFlawsOnALineHearsWhatItMissed() {
        PrReview r = BundledLessons.exercise("pr-review");
        Graded g = r.grade(List.of(new PrReview.Comment(12, Set.of("hand-typed-tag", "in-transaction"), "")));
        assertThat(g.score()).isEqualTo(new Score(2, 4));
        Feedback missed = g.feedback().stream().filter(f -> f.id().equals("wrong-tool@12")).findFirst().orElseThrow();
        assertThat(missed.right()).isFalse();
        assertThat(missed.explanation()).startsWith("Missed: you commented on line 12 but did not name this flaw.")
                .contains("read-your-writes");
        // the transaction flaw counts on the call inside the block too
        assertThat(g.feedback().stream().filter(f -> f.id().equals("in-transaction@10")).findFirst().orElseThrow().right()).isTrue();
    }

    @Test
    void aTagOnALineWithoutThatFlawIsExplainedAndCosts() {
        PrReview r = BundledLessons.exercise("pr-review");
        Graded g = r.grade(List.of(new PrReview.Comment(12, THREE, ""), new PrReview.Comment(10, Set.of("in-transaction"), ""),
                new PrReview.Comment(8, Set.of("hand-typed-tag"), "")));
        assertThat(g.score()).isEqualTo(new Score(4, 5));
        Feedback extra = g.mistakes().get(0);
        assertThat(extra.id()).isEqualTo("false:hand-typed-tag@8");
        assertThat(extra.explanation()).startsWith("Line 8 does not have this flaw.").endsWith("It is on line 12.");
        assertThat(r.grade(List.of()).feedback()).hasSize(4).allMatch(f -> f.explanation().startsWith("Missed: nobody flagged line"));
    }
}
