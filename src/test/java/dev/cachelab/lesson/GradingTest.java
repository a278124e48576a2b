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
        assertThat(cron.right().text()).startsWith("revalidateTag(productTags.list(orgId), 'max')");
        Feedback wrong = MultipleChoice.grade(cron, cron.options().get(1));
        assertThat(wrong.right()).isFalse();
        assertThat(wrong.explanation()).startsWith("You chose \u201cupdateTag(productTags.list(orgId)), once\u201d.")
                .contains("updateTag can only be called from within a Server Action")
                .contains("The answer is \u201crevalidateTag(productTags.list(orgId), 'max'), once\u201d");
        assertThat(MultipleChoice.grade(cron, cron.right()).right()).isTrue();
        assertThat(MultipleChoice.grade(cron, null).explanation()).startsWith("Not answered.");
    }

    @Test
    void aWholeQuizScoresRightAnswers() {
        MultipleChoice mc = BundledLessons.exercise("real-behaviour");
        Map<String, MultipleChoice.Option> answers = new HashMap<>();
        mc.questions().forEach(q -> answers.put(q.id(), q.right()));
        MultipleChoice.Question debounce = mc.questions().stream().filter(q -> q.id().equals("refresh-debounce")).findFirst().orElseThrow();
        answers.put("refresh-debounce", debounce.options().get(1)); // "One: router.refresh() is debounced"
        Graded g = mc.grade(answers);
        assertThat(g.score()).isEqualTo(new Score(mc.questions().size() - 1, mc.questions().size()));
        assertThat(g.mistakes()).singleElement().extracting(Feedback::explanation).asString()
                .contains("no debounce").contains("Five or more: every call sends its own request");
        assertThat(g.mistakes().get(0).note().evidence().ref()).contains("R23");
    }

    // ---- fill in the seam ----

    @Test
    void theSeamIsRightWithUpdateTagOnListAndRecord() {
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        assertThat(seam.blanks()).extracting(FillSeam.Blank::id)
                .containsExactly("importTool", "listTool", "listHelper", "recordTool", "recordHelper");
        Map<String, FillSeam.Option> answers = new HashMap<>();
        seam.blanks().forEach(b -> answers.put(b.id(), b.right()));
        assertThat(seam.grade(answers).score().perfect()).isTrue();
        assertThat(seam.blank("importTool").right().text()).isEqualTo("updateTag");
        assertThat(seam.blank("listTool").right().text()).isEqualTo("updateTag");
        assertThat(seam.blank("recordHelper").right().text()).isEqualTo("record");
        // the finished code imports what it calls
        assertThat(seam.code()).contains("import { {{importTool}} } from 'next/cache';");
    }

    @Test
    void eachWrongChoiceInTheSeamSaysWhy() {
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        Map<String, FillSeam.Option> answers = new HashMap<>();
        seam.blanks().forEach(b -> answers.put(b.id(), b.right()));
        answers.put("listTool", option(seam.blank("listTool"), "revalidateTag"));
        answers.put("recordHelper", option(seam.blank("recordHelper"), "list"));
        Graded g = seam.grade(answers);
        assertThat(g.score()).isEqualTo(new Score(3, 5));
        assertThat(g.feedback().get(1).explanation()).startsWith("You chose revalidateTag.").contains("deprecated")
                .contains("The answer is updateTag");
        assertThat(g.feedback().get(4).explanation()).startsWith("You chose list.").contains("The answer is record");
        assertThat(seam.grade(Map.of()).mistakes()).hasSize(5).allMatch(f -> f.explanation().startsWith("Left empty."));
    }

    @Test
    void theCodeSplitsIntoTextAndBlanks() {
        FillSeam seam = BundledLessons.exercise("fill-the-seam");
        List<FillSeam.Segment> line11 = seam.lines().get(10);
        assertThat(line11).hasSize(5);
        assertThat(line11.get(0)).isEqualTo(new FillSeam.Text("  "));
        assertThat(((FillSeam.BlankRef) line11.get(1)).blank().id()).isEqualTo("listTool");
        assertThat(line11.get(2)).isEqualTo(new FillSeam.Text("(invoiceTags."));
    }

    private static FillSeam.Option option(FillSeam.Blank b, String text) {
        return b.options().stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow();
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
        // the flaw, its line, and what the learner did there instead, in plain words
        assertThat(missed.subject()).isEqualTo("\u201cWrong tool: the user awaits this write\u201d, line 12");
        assertThat(missed.explanation()).startsWith("Missed. \u201cWrong tool: the user awaits this write\u201d is on line 12"
                        + " (revalidateTag('invoices');). You commented on line 12 but ticked \u201cHand-typed tag\u201d and"
                        + " \u201cInside the transaction\u201d there instead of \u201cWrong tool: the user awaits this write\u201d.")
                .contains("read-your-writes").doesNotContain("did not name this flaw");
        // the transaction flaw counts on the call inside the block too
        assertThat(g.feedback().stream().filter(f -> f.id().equals("in-transaction@10")).findFirst().orElseThrow().right()).isTrue();
    }

    @Test
    void aTagOnALineWithoutThatFlawIsExplainedAndCostsAPointOutOfTheSameTotal() {
        PrReview r = BundledLessons.exercise("pr-review");
        Graded g = r.grade(List.of(new PrReview.Comment(12, THREE, ""), new PrReview.Comment(10, Set.of("in-transaction"), ""),
                new PrReview.Comment(8, Set.of("hand-typed-tag"), "")));
        // four found, one wrong tag: 4 − 1, out of the four flaws (the total never grows with wrong tags)
        assertThat(g.score()).isEqualTo(new Score(3, 4));
        assertThat(PrReview.found(g)).isEqualTo(4);
        assertThat(PrReview.wrongTags(g)).isEqualTo(1);
        Feedback extra = g.mistakes().get(0);
        assertThat(extra.id()).isEqualTo("false:hand-typed-tag@8");
        assertThat(extra.explanation()).startsWith("You ticked \u201cHand-typed tag\u201d on line 8, which does not have that flaw.")
                .endsWith("It is on line 12.");
        assertThat(r.grade(List.of()).feedback()).hasSize(4).allMatch(f -> f.explanation().startsWith("Missed. ")
                && f.explanation().contains("Your review has no comment on that line."));
        // many wrong tags never score below zero
        Graded spam = r.grade(List.of(new PrReview.Comment(3, Set.of("in-transaction", "hand-typed-tag", "missing-profile", "wrong-tool"), ""),
                new PrReview.Comment(5, Set.of("in-transaction", "hand-typed-tag"), "")));
        assertThat(spam.score()).isEqualTo(new Score(0, 4));
    }

    @Test
    void missedFeedbackNamesTheLinesThatWereCommentedNotTheFindingsLine() {
        // the audit's review: comments on lines 12 and 3 only
        PrReview r = BundledLessons.exercise("pr-review");
        Graded g = r.grade(List.of(new PrReview.Comment(12, Set.of("hand-typed-tag", "missing-profile"), ""),
                new PrReview.Comment(3, Set.of("wrong-tool"), "")));
        Feedback tx = g.feedback().stream().filter(f -> f.id().equals("in-transaction@10")).findFirst().orElseThrow();
        // line 12 is inside the transaction block, so it counted as a place for this flaw; line 10 was never commented
        assertThat(tx.explanation()).startsWith("Missed. \u201cInside the transaction\u201d is on line 10"
                + " (await db.transaction(async (tx) => {). You commented on line 12, which counts for it, but ticked"
                + " \u201cHand-typed tag\u201d and \u201crevalidateTag without a profile\u201d there instead of"
                + " \u201cInside the transaction\u201d.");
        Feedback tool = g.feedback().stream().filter(f -> f.id().equals("wrong-tool@12")).findFirst().orElseThrow();
        assertThat(tool.explanation()).contains("You commented on line 12 but ticked");
        assertThat(PrReview.found(g)).isEqualTo(2);
        assertThat(PrReview.wrongTags(g)).isEqualTo(1);
        assertThat(g.score()).isEqualTo(new Score(1, 4));
    }
}
