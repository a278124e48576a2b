package dev.cachelab.ui.lessons.buckets;

import dev.cachelab.lesson.BucketQuiz;
import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Graded;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dev.cachelab.ui.lessons.common.PathPage;

/**
 * The drag-to-bucket quiz: a shuffled deck of unplaced cards, one list per bucket, and after Check a verdict and an
 * explanation per card. Cards can be placed by drag and drop or by key (1–9 for a bucket, 0 to put back); after
 * Check the board is locked until Retry, which shuffles a new deck.
 */
public final class BucketQuizViewModel implements PathPage {

    private final Lesson lesson;
    private final BucketQuiz quiz;
    private final ExerciseHost host;
    private final Random random;

    private final ObservableList<BucketQuiz.Card> deck = FXCollections.observableArrayList();
    private final ObservableList<BucketQuiz.Card> deckView = FXCollections.unmodifiableObservableList(deck);
    private final Map<String, ObservableList<BucketQuiz.Card>> buckets = new LinkedHashMap<>();
    private final Map<String, ObservableList<BucketQuiz.Card>> bucketViews = new LinkedHashMap<>();
    private final Map<String, String> placement = new HashMap<>();
    private final ReadOnlyObjectWrapper<Graded> graded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    static final String WHY_HINT = "Focus a card (Tab) or point at it to read why it belongs where it does.";

    public BucketQuizViewModel(Lesson lesson, BucketQuiz quiz, ExerciseHost host, Random random) {
        this.lesson = lesson;
        this.quiz = quiz;
        this.host = host;
        this.random = random;
        for (BucketQuiz.Bucket b : quiz.buckets()) {
            ObservableList<BucketQuiz.Card> list = FXCollections.observableArrayList();
            buckets.put(b.id(), list);
            bucketViews.put(b.id(), FXCollections.unmodifiableObservableList(list));
        }
        retry();
    }

    public Lesson lesson() { return lesson; }
    public BucketQuiz quiz() { return quiz; }
    public ObservableList<BucketQuiz.Card> deck() { return deckView; }
    public ObservableList<BucketQuiz.Card> bucket(String id) { return bucketViews.get(id); }
    /** The graded attempt, or null before Check. */
    public ReadOnlyObjectProperty<Graded> gradedProperty() { return graded.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty remainingProperty() { return remaining.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canCheckProperty() { return canCheck.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty lockedProperty() { return locked.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** After Check: why the card last focused or pointed at belongs where it does (a hint until then). */
    public ReadOnlyStringProperty whyProperty() { return why.getReadOnlyProperty(); }

    /** The bucket a card is in, or null when it is still in the deck. */
    public String placedIn(String cardId) {
        return placement.get(cardId);
    }

    /** The feedback for one card after Check, or null. */
    public Feedback feedbackFor(String cardId) {
        Graded g = graded.get();
        if (g == null) return null;
        return g.feedback().stream().filter(f -> f.id().equals(cardId)).findFirst().orElse(null);
    }

    // ---- commands ----

    /** Puts a card into a bucket (from the deck or from another bucket). Ignored once checked. */
    public void place(String cardId, String bucketId) {
        if (locked.get() || !buckets.containsKey(bucketId)) return;
        BucketQuiz.Card card = card(cardId);
        removeEverywhere(card);
        buckets.get(bucketId).add(card);
        placement.put(cardId, bucketId);
        update();
    }

    /** Puts a card back into the deck. */
    public void unplace(String cardId) {
        if (locked.get()) return;
        BucketQuiz.Card card = card(cardId);
        if (placement.remove(cardId) == null) return;
        removeEverywhere(card);
        deck.add(card);
        update();
    }

    /** The keyboard path: 1 to n places the card in that bucket (in display order); 0 puts it back. */
    public boolean placeByNumber(String cardId, int number) {
        if (locked.get()) return false;
        if (number == 0) {
            unplace(cardId);
            return true;
        }
        if (number < 1 || number > quiz.buckets().size()) return false;
        place(cardId, quiz.buckets().get(number - 1).id());
        return true;
    }

    /** Shows why card {@code cardId} belongs where it does (after Check; before it, nothing is given away). */
    public void explain(String cardId) {
        Feedback f = feedbackFor(cardId);
        if (f == null) return;
        why.set("\u201c" + f.subject() + "\u201d \u2014 " + (f.right() ? "right. " : "misplaced. ") + f.explanation());
    }

    public void check() {
        if (!canCheck.get()) return;
        Graded g = quiz.grade(placement);
        locked.set(true);
        graded.set(g);
        why.set(WHY_HINT);
        host.graded(g.score());
        update();
    }

    /** A new shuffled deck, every card unplaced. */
    public void retry() {
        placement.clear();
        buckets.values().forEach(List::clear);
        locked.set(false);
        graded.set(null);
        why.set("");
        deck.setAll(quiz.shuffled(random));
        update();
    }

    private BucketQuiz.Card card(String id) {
        return quiz.cards().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no card " + id));
    }

    private void removeEverywhere(BucketQuiz.Card card) {
        deck.remove(card);
        buckets.values().forEach(l -> l.remove(card));
    }

    private void update() {
        remaining.set(deck.size());
        canCheck.set(!locked.get() && deck.isEmpty());
        Graded g = graded.get();
        if (g != null) {
            status.set(g.score().correct() + " of " + g.score().total() + " cards in the right bucket"
                    + (g.score().perfect() ? ". All right!" : ". Read why each misplaced card belongs elsewhere, then try again."));
        } else if (deck.isEmpty()) {
            status.set("Every card is placed. Press Check.");
        } else {
            status.set(deck.size() + " of " + quiz.cards().size() + " cards left to place");
        }
    }
}
