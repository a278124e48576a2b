package dev.cachelab.lesson;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options are shown in a new order each attempt and graded by which option was chosen, for every question and
 * every dropdown of the bundled lessons. In the data the right option is usually the first: shown in that order,
 * the first choice would always be right.
 */
class ShuffleTest {

    /** Attempts per question: like the app, one {@link Random} draws every attempt's order in turn. */
    private static final int ATTEMPTS = 60;

    private static List<MultipleChoice.Question> questions() {
        List<MultipleChoice.Question> out = new ArrayList<>();
        for (Lesson l : LessonCatalogue.bundled().lessons()) {
            if (l.exercise() instanceof MultipleChoice mc) out.addAll(mc.questions());
        }
        return out;
    }

    private static List<FillSeam> seams() {
        List<FillSeam> out = new ArrayList<>();
        for (Lesson l : LessonCatalogue.bundled().lessons()) if (l.exercise() instanceof FillSeam f) out.add(f);
        return out;
    }

    @Test
    void aSeedGivesTheSameOrderAndTheDataKeepsItsOwn() {
        MultipleChoice.Question q = questions().get(0);
        List<MultipleChoice.Option> canonical = List.copyOf(q.options());
        assertThat(Shuffle.of(q.options(), new Random(42))).isEqualTo(Shuffle.of(q.options(), new Random(42)));
        assertThat(Shuffle.of(q.options(), new Random(42))).containsExactlyInAnyOrderElementsOf(canonical);
        assertThat(q.options()).isEqualTo(canonical);
    }

    @Test
    void everyQuestionsRightAnswerMovesAndIsGradedByIdentity() {
        assertThat(questions()).hasSizeGreaterThanOrEqualTo(12);
        for (MultipleChoice.Question q : questions()) {
            Set<Integer> positions = new HashSet<>();
            Random random = new Random(2024);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                List<MultipleChoice.Option> shown = Shuffle.of(q.options(), random);
                int right = shown.indexOf(q.right());
                positions.add(right);
                for (int i = 0; i < shown.size(); i++) {
                    assertThat(MultipleChoice.grade(q, shown.get(i)).right()).as(q.id() + " option " + i).isEqualTo(i == right);
                }
            }
            assertThat(positions).as(q.id() + ": positions of the right answer").hasSizeGreaterThan(1);
        }
    }

    @Test
    void everyDropdownsRightOptionMovesAndIsGradedByIdentity() {
        assertThat(seams()).hasSize(2);
        for (FillSeam seam : seams()) {
            for (FillSeam.Blank b : seam.blanks()) {
                Set<Integer> positions = new HashSet<>();
                Random random = new Random(2024);
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    List<FillSeam.Option> shown = Shuffle.of(b.options(), random);
                    positions.add(shown.indexOf(b.right()));
                    for (FillSeam.Option o : shown) {
                        Graded g = seam.grade(java.util.Map.of(b.id(), o));
                        Feedback f = g.feedback().stream().filter(x -> x.id().equals(b.id())).findFirst().orElseThrow();
                        assertThat(f.right()).as(b.id() + " " + o.text()).isEqualTo(o.correct());
                    }
                }
                assertThat(positions).as(b.id() + ": positions of the right option").hasSizeGreaterThan(1);
            }
        }
    }
}
