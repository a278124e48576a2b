package dev.cachelab.ui.lessons;

import dev.cachelab.lesson.BucketQuiz;
import dev.cachelab.lesson.Comparison;
import dev.cachelab.lesson.DecisionTree;
import dev.cachelab.lesson.Exercise;
import dev.cachelab.lesson.ExerciseKind;
import dev.cachelab.lesson.FillSeam;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.MultipleChoice;
import dev.cachelab.lesson.PrReview;
import dev.cachelab.lesson.Recap;
import dev.cachelab.ui.lessons.buckets.BucketQuizView;
import dev.cachelab.ui.lessons.buckets.BucketQuizViewModel;
import dev.cachelab.ui.lessons.choice.MultipleChoiceView;
import dev.cachelab.ui.lessons.choice.MultipleChoiceViewModel;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import dev.cachelab.ui.lessons.common.ExerciseView;
import dev.cachelab.ui.lessons.common.PathPage;
import dev.cachelab.ui.lessons.compare.ComparisonView;
import dev.cachelab.ui.lessons.compare.ComparisonViewModel;
import dev.cachelab.ui.lessons.recap.RecapView;
import dev.cachelab.ui.lessons.recap.RecapViewModel;
import dev.cachelab.ui.lessons.review.PrReviewView;
import dev.cachelab.ui.lessons.review.PrReviewViewModel;
import dev.cachelab.ui.lessons.seam.FillSeamView;
import dev.cachelab.ui.lessons.seam.FillSeamViewModel;
import dev.cachelab.ui.lessons.walker.DecisionWalkerView;
import dev.cachelab.ui.lessons.walker.DecisionWalkerViewModel;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The one registry of exercise kinds, as the learning path shows them: for each kind its model class, the label and
 * icon of its stops, how its view model is made and how its view is made. The path's rows, its pages and its view
 * all read it; a new kind of exercise is one more entry here (beside its model, loader and screens).
 */
public final class ExerciseKinds {

    /** Makes an exercise's view model for the path. */
    @FunctionalInterface
    public interface PageMaker<E extends Exercise, M extends PathPage> {
        M make(Lesson lesson, E exercise, ExerciseHost host, Random random);
    }

    public record Kind<E extends Exercise, M extends PathPage>(ExerciseKind kind, Class<E> model, String label, String icon,
                                                              Class<M> page, PageMaker<E, M> viewModel,
                                                              Function<M, ExerciseView> view) {
        PathPage page(Lesson lesson, Exercise e, ExerciseHost host, Random random) {
            return viewModel.make(lesson, model.cast(e), host, random);
        }

        ExerciseView view(PathPage p) {
            return view.apply(page.cast(p));
        }
    }

    public static final List<Kind<?, ?>> ALL = List.of(
            new Kind<>(ExerciseKind.DECISION_TREE, DecisionTree.class, "Decision walk", "mdi2s-source-branch",
                    DecisionWalkerViewModel.class, (l, e, h, r) -> new DecisionWalkerViewModel(l, e, h), DecisionWalkerView::new),
            new Kind<>(ExerciseKind.BUCKET_SORT, BucketQuiz.class, "Drag to buckets", "mdi2t-tray-full",
                    BucketQuizViewModel.class, BucketQuizViewModel::new, BucketQuizView::new),
            new Kind<>(ExerciseKind.MULTIPLE_CHOICE, MultipleChoice.class, "Multiple choice", "mdi2f-format-list-checks",
                    MultipleChoiceViewModel.class, MultipleChoiceViewModel::new, MultipleChoiceView::new),
            new Kind<>(ExerciseKind.FILL_SEAM, FillSeam.class, "Fill in the seam", "mdi2f-form-dropdown",
                    FillSeamViewModel.class, FillSeamViewModel::new, FillSeamView::new),
            new Kind<>(ExerciseKind.PR_REVIEW, PrReview.class, "PR review", "mdi2c-comment-text-outline",
                    PrReviewViewModel.class, (l, e, h, r) -> new PrReviewViewModel(l, e, h), PrReviewView::new),
            new Kind<>(ExerciseKind.COMPARISON, Comparison.class, "Comparison table", "mdi2t-table-large",
                    ComparisonViewModel.class, (l, e, h, r) -> new ComparisonViewModel(l, e), ComparisonView::new),
            new Kind<>(ExerciseKind.RECAP, Recap.class, "Recap", "mdi2f-flag-checkered",
                    RecapViewModel.class, (l, e, h, r) -> new RecapViewModel(l, e, h), RecapView::new));

    private ExerciseKinds() {
    }

    public static Kind<?, ?> of(ExerciseKind kind) {
        return ALL.stream().filter(k -> k.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no registry entry for exercise kind " + kind));
    }

    /** The entry whose view model {@code page} is, or null (a scenario stop, a broken lesson). */
    public static Kind<?, ?> ofPage(PathPage page) {
        return ALL.stream().filter(k -> k.page().isInstance(page)).findFirst().orElse(null);
    }
}
