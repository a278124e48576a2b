package dev.cachelab.ui.lessons;

import dev.cachelab.lesson.LessonCatalogue;
import dev.cachelab.lesson.ProgressBook;
import dev.cachelab.lesson.ProgressStore;
import dev.cachelab.lesson.Score;
import dev.cachelab.ui.lessons.buckets.BucketQuizViewModel;
import dev.cachelab.ui.lessons.compare.ComparisonViewModel;
import dev.cachelab.ui.lessons.walker.DecisionWalkerViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The path's view model without a toolkit: done / score / next, saving, restoring, resetting, notices. */
class LearningPathViewModelTest {

    private static final Set<String> AVAILABLE = Set.of("stale-after-save", "stale-after-save-fixed");

    @TempDir Path dir;
    private final List<String> opened = new ArrayList<>();

    private LearningPathViewModel vm() {
        return new LearningPathViewModel(LessonCatalogue.bundled(), new ProgressStore(dir), AVAILABLE::contains,
                opened::add, Runnable::run, Runnable::run, new Random(7));
    }

    private static int index(LearningPathViewModel vm, String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().index();
    }

    private static LearningPathViewModel.Status status(LearningPathViewModel vm, String id) {
        return vm.rows().get(index(vm, id)).status();
    }

    @BeforeEach
    void clear() {
        opened.clear();
    }

    @Test
    void aFirstStartOpensTheFirstStopAndMarksItNext() {
        LearningPathViewModel vm = vm();
        assertThat(vm.selectedProperty().get()).isZero();
        assertThat(vm.rows().get(0).status()).isEqualTo(LearningPathViewModel.Status.NEXT);
        assertThat(vm.pageProperty().get()).isInstanceOf(LearningPathViewModel.ScenarioStop.class);
        assertThat(status(vm, "scenario:webhook-org-tag")).isEqualTo(LearningPathViewModel.Status.UNAVAILABLE);
        assertThat(vm.summaryProperty().get()).isEqualTo("0 of 11 done");
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void openingAScenarioStopCountsItAndMovesNext() {
        LearningPathViewModel vm = vm();
        vm.openCurrentScenario();
        assertThat(opened).containsExactly("stale-after-save");
        assertThat(vm.rows().get(0).status()).isEqualTo(LearningPathViewModel.Status.DONE);
        assertThat(status(vm, "one-question")).isEqualTo(LearningPathViewModel.Status.NEXT);
        assertThat(vm.continueTitleProperty().get()).isEqualTo("2. The one question that picks the tool");
        assertThat(vm.continueHereProperty().get()).isFalse();
        vm.continueOn();
        assertThat(vm.rows().get(vm.selectedProperty().get()).id()).isEqualTo("one-question");
    }

    @Test
    void continueNeverSkipsAStopThatIsNotDoneAndGoesWhereNextIs() {
        LearningPathViewModel vm = vm();
        // stop 1 is open and not done: Next is stop 1, and Continue stays on it
        assertThat(vm.rows().get(0).status()).isEqualTo(LearningPathViewModel.Status.NEXT);
        assertThat(vm.continueTitleProperty().get()).isEqualTo("1. Watch the stale-after-save bug");
        assertThat(vm.continueHereProperty().get()).isTrue();
        vm.continueOn();
        assertThat(vm.selectedProperty().get()).isZero();
        // the learner jumps ahead to a stop not done: Next follows them, stop 1 is still to do
        int walk = index(vm, "decision-walk");
        vm.select(walk);
        assertThat(status(vm, "decision-walk")).isEqualTo(LearningPathViewModel.Status.NEXT);
        assertThat(vm.rows().get(0).status()).isEqualTo(LearningPathViewModel.Status.TO_DO);
        assertThat(vm.rows().stream().filter(r -> r.status() == LearningPathViewModel.Status.NEXT)).hasSize(1);
        DecisionWalkerViewModel walker = (DecisionWalkerViewModel) vm.pageProperty().get();
        walker.choose(0);
        walker.choose(0);
        // done: Continue goes back to the first stop not done, not past it
        assertThat(status(vm, "decision-walk")).isEqualTo(LearningPathViewModel.Status.DONE);
        assertThat(vm.rows().get(0).status()).isEqualTo(LearningPathViewModel.Status.NEXT);
        assertThat(vm.continueTitleProperty().get()).isEqualTo("1. Watch the stale-after-save bug");
        assertThat(vm.continueHereProperty().get()).isFalse();
        vm.continueOn();
        assertThat(vm.selectedProperty().get()).isZero();
    }

    @Test
    void anInMemoryStoreReadsAndWritesNoFile() throws Exception {
        Files.writeString(dir.resolve("progress.json"), new String(LearningPathViewModelTest.class
                .getResourceAsStream("/dev/cachelab/ui/lessons/one-done-progress.json").readAllBytes()));
        ProgressStore memory = ProgressStore.inMemory();
        LearningPathViewModel vm = new LearningPathViewModel(LessonCatalogue.bundled(), memory, AVAILABLE::contains,
                opened::add, Runnable::run, Runnable::run, new Random(7));
        assertThat(vm.progress().items()).isEmpty();
        assertThat(vm.unsavedNote()).contains("saves nothing");
        vm.select(index(vm, "compare-tools"));
        assertThat(vm.progress().get("compare-tools").done()).isTrue();
        assertThat(memory.load().book().get("compare-tools").done()).isTrue();
        assertThat(memory.file()).isNull();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("progress.json");
        }
        assertThat(Files.readString(dir.resolve("progress.json"))).doesNotContain("compare-tools");
    }

    @Test
    void theReviewsScreenAndItsStoredScoreAgree() {
        LearningPathViewModel vm = vm();
        vm.select(index(vm, "pr-review"));
        dev.cachelab.ui.lessons.review.PrReviewViewModel review =
                (dev.cachelab.ui.lessons.review.PrReviewViewModel) vm.pageProperty().get();
        review.selectLine(12);
        review.draftFlawProperty("hand-typed-tag").set(true);
        review.draftFlawProperty("missing-profile").set(true);
        review.addComment();
        review.selectLine(3);
        review.draftFlawProperty("wrong-tool").set(true);
        review.addComment();
        review.submit();
        assertThat(review.statusProperty().get())
                .isEqualTo("Score 1 of 4: 2 of 4 flaws found, minus 1 for a tag on a line without that flaw.");
        assertThat(vm.progress().get("pr-review").best()).isEqualTo(new Score(1, 4));
        assertThat(vm.rows().get(index(vm, "pr-review")).score()).isEqualTo("1/4");
    }

    @Test
    void aGradedExerciseIsSavedAndRestoredOnTheNextStart() throws Exception {
        LearningPathViewModel vm = vm();
        vm.select(index(vm, "sort-mutations"));
        BucketQuizViewModel quiz = (BucketQuizViewModel) vm.pageProperty().get();
        quiz.quiz().cards().forEach(c -> quiz.place(c.id(), c.bucket()));
        quiz.place("cron-import", "update-tag");
        quiz.check();
        assertThat(vm.rows().get(index(vm, "sort-mutations")).score()).isEqualTo("21/22");
        assertThat(status(vm, "sort-mutations")).isEqualTo(LearningPathViewModel.Status.DONE);
        assertThat(Files.readString(dir.resolve("progress.json"))).contains("sort-mutations");

        LearningPathViewModel again = vm();
        assertThat(again.rows().get(again.selectedProperty().get()).id()).isEqualTo("sort-mutations");
        assertThat(again.progress().get("sort-mutations").best()).isEqualTo(new Score(21, 22));
        assertThat(status(again, "sort-mutations")).isEqualTo(LearningPathViewModel.Status.DONE);
        assertThat(again.summaryProperty().get()).isEqualTo("1 of 11 done");
    }

    @Test
    void answersOfAnUnfinishedMultipleChoiceSetSurviveQuittingAndStartingAgain() throws Exception {
        LearningPathViewModel vm = vm();
        vm.select(index(vm, "real-behaviour"));
        dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel mc = (dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel) vm.pageProperty().get();
        mc.select(0);
        mc.check();
        String first = mc.options().get(mc.selectedProperty().get());
        mc.next();
        mc.select(1);
        mc.check();
        assertThat(mc.finishedProperty().get()).isFalse();
        // kept with the progress, written to progress.json
        assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"answers\"").contains(first);

        LearningPathViewModel again = vm();
        again.select(index(again, "real-behaviour"));
        dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel back = (dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel) again.pageProperty().get();
        assertThat(back.summaryProperty().get()).isEqualTo("2 of " + back.questionCount() + " answered");
        assertThat(back.indexProperty().get()).isEqualTo(2);
        back.previous();
        back.previous();
        assertThat(back.feedbackProperty().get()).isNotNull();
        assertThat(back.options().get(back.selectedProperty().get())).isEqualTo(first);
        // finishing the set scores it and clears the answers in progress; Retry starts empty
        while (!back.finishedProperty().get()) {
            if (back.feedbackProperty().get() == null) {
                back.select(0);
                back.check();
            }
            back.next();
        }
        assertThat(again.progress().get("real-behaviour").answers()).isEmpty();
        assertThat(again.progress().get("real-behaviour").best()).isNotNull();
    }

    @Test
    void readingTheTableCountsAsDone() {
        LearningPathViewModel vm = vm();
        vm.select(index(vm, "compare-tools"));
        assertThat(vm.pageProperty().get()).isInstanceOf(ComparisonViewModel.class);
        assertThat(status(vm, "compare-tools")).isEqualTo(LearningPathViewModel.Status.DONE);
    }

    @Test
    void resetAsksFirstAndThenStartsOver() {
        LearningPathViewModel vm = vm();
        vm.select(index(vm, "decision-walk"));
        DecisionWalkerViewModel walker = (DecisionWalkerViewModel) vm.pageProperty().get();
        walker.choose(0);
        walker.choose(0);
        assertThat(vm.progress().get("decision-walk").best()).isEqualTo(new Score(1, 7));

        vm.confirmReset(); // without asking first: nothing happens
        assertThat(vm.progress().get("decision-walk").done()).isTrue();
        vm.askReset();
        assertThat(vm.confirmingResetProperty().get()).isTrue();
        vm.cancelReset();
        assertThat(vm.confirmingResetProperty().get()).isFalse();
        assertThat(vm.progress().get("decision-walk").done()).isTrue();

        vm.askReset();
        vm.confirmReset();
        assertThat(vm.progress().items()).isEmpty();
        assertThat(status(vm, "decision-walk")).isNotEqualTo(LearningPathViewModel.Status.DONE);
        assertThat(vm.pageProperty().get()).isNotSameAs(walker); // the exercise starts over too
        assertThat(((DecisionWalkerViewModel) vm.pageProperty().get()).foundProperty().get()).isEqualTo("0 of 7 endpoints found");
        assertThat(new ProgressStore(dir).load().book().items()).isEmpty();
    }

    @Test
    void aDamagedProgressFileIsReportedAndTheLearnerStartsFresh() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "not json at all");
        LearningPathViewModel vm = vm();
        assertThat(vm.noticeProperty().get()).contains("could not be used").contains("kept as");
        assertThat(vm.progress()).isEqualTo(ProgressBook.EMPTY.withCurrent(null));
        assertThat(vm.summaryProperty().get()).isEqualTo("0 of 11 done");
        vm.dismissNotice();
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void aFailedSaveIsReportedNotThrown() throws Exception {
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        LearningPathViewModel vm = new LearningPathViewModel(LessonCatalogue.bundled(), new ProgressStore(blocked),
                AVAILABLE::contains, opened::add, Runnable::run, Runnable::run, new Random(1));
        vm.select(2);
        assertThat(vm.noticeProperty().get()).startsWith("Your progress could not be saved to " + blocked.resolve("progress.json"));
    }
}
