package dev.cachelab.ui.lessons;

import dev.cachelab.lesson.Comparison;
import dev.cachelab.lesson.ItemProgress;
import dev.cachelab.lesson.Lesson;
import dev.cachelab.lesson.LessonCatalogue;
import dev.cachelab.lesson.PathItem;
import dev.cachelab.lesson.ProgressBook;
import dev.cachelab.lesson.ProgressStore;
import dev.cachelab.lesson.Recap;
import dev.cachelab.lesson.Score;
import dev.cachelab.ui.lessons.common.ExerciseHost;
import dev.cachelab.ui.lessons.common.PathPage;
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

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The learning path: the ordered stops (lessons and explorer scenarios) with done / score / next, the page of the
 * selected stop (an exercise's view model, a scenario stop, or a lesson that failed to load), and the learner's
 * progress — restored at start, saved after every change (on {@code io}), reset only after a confirmation.
 */
public final class LearningPathViewModel {

    public enum Status {
        DONE("Done", "mdi2c-check-circle"),
        NEXT("Next", "mdi2a-arrow-right-circle"),
        TO_DO("To do", "mdi2c-circle-outline"),
        UNAVAILABLE("Not in this build", "mdi2c-cancel"),
        BROKEN("Could not load", "mdi2a-alert-circle");

        private final String word;
        private final String icon;

        Status(String word, String icon) {
            this.word = word;
            this.icon = icon;
        }

        public String word() { return word; }
        public String icon() { return icon; }
    }

    /** One row of the path list. {@code score} is the best score ("14/20"), or empty. */
    public record StopRow(int index, String id, String title, String kind, String kindIcon, Status status, String score) {
    }

    /** The page of an explorer-scenario stop. */
    public record ScenarioStop(PathItem item, boolean available) implements PathPage {
    }

    /** The page of a lesson file that could not be loaded: its file:line:column message, and how to check a fix. */
    public record BrokenStop(PathItem item, String problem, String hint) implements PathPage {
    }

    private final LessonCatalogue catalogue;
    private final ProgressStore store;
    private final Predicate<String> scenarioAvailable;
    private final Consumer<String> scenarioOpener;
    private final Executor io;
    private final Executor ui;
    private final Random random;
    private final Map<Integer, PathPage> pages = new HashMap<>();
    private ProgressBook book;

    private final ObservableList<StopRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StopRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<PathPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper continueTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper continueHere = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper confirmingReset = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper();

    public LearningPathViewModel(LessonCatalogue catalogue, ProgressStore store, Predicate<String> scenarioAvailable,
                                 Consumer<String> scenarioOpener, Executor io, Executor ui, Random random) {
        this.catalogue = catalogue;
        this.store = store;
        this.scenarioAvailable = scenarioAvailable;
        this.scenarioOpener = scenarioOpener;
        this.io = io;
        this.ui = ui;
        this.random = random;
        ProgressStore.Loaded loaded = store.load();
        book = loaded.book();
        notice.set(loaded.notice());
        if (loaded.detail() != null) Logger.getLogger(LearningPathViewModel.class.getName()).warning(loaded.detail());
        refreshRows();
        int start = indexOf(book.current());
        if (start < 0) start = firstNotDone(-1);
        if (start < 0 && !catalogue.stops().isEmpty()) start = 0;
        if (start >= 0) show(start, true);
    }

    public String title() { return catalogue.title(); }
    public ObservableList<StopRow> rows() { return rowsView; }
    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    /** The selected stop's page: an exercise view model, a {@link ScenarioStop} or a {@link BrokenStop}. */
    public ReadOnlyObjectProperty<PathPage> pageProperty() { return page.getReadOnlyProperty(); }
    /** "5 of 17 done". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Where Continue goes, "4. Fill in the seam": the stop marked Next. */
    public ReadOnlyStringProperty continueTitleProperty() { return continueTitle.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canContinueProperty() { return canContinue.getReadOnlyProperty(); }
    /** Continue's stop is the one already open (it is not done yet). */
    public ReadOnlyBooleanProperty continueHereProperty() { return continueHere.getReadOnlyProperty(); }
    /** A message for the learner (progress file damaged, progress not saved), or null. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty confirmingResetProperty() { return confirmingReset.getReadOnlyProperty(); }
    /** Bumped when every page is rebuilt (after a reset), so views drop what they built for the old pages. */
    public ReadOnlyIntegerProperty generationProperty() { return generation.getReadOnlyProperty(); }

    public ProgressBook progress() {
        return book;
    }

    /** Null when progress is saved; otherwise a line saying it lasts only until the app quits ({@code --fresh}). */
    public String unsavedNote() {
        return store.persistent() ? null
                : "This session saves nothing: progress is kept only until you quit.";
    }

    // ---- commands ----

    public void select(int index) {
        if (index < 0 || index >= catalogue.stops().size() || index == selected.get()) return;
        show(index, true);
        book = book.withCurrent(catalogue.stops().get(index).item().id());
        save();
    }

    /**
     * Goes to the stop marked Next: the open stop while it is not done, else the first stop of the path not done
     * yet. Continue never skips a stop that is not done.
     */
    public void continueOn() {
        int target = continueTarget();
        if (target >= 0) select(target);
    }

    /** Opens the current scenario stop in the explorer, and counts it as done. */
    public void openCurrentScenario() {
        if (page.get() instanceof ScenarioStop s && s.available()) openScenario(s.item().scenarioId());
    }

    public void askReset() {
        confirmingReset.set(true);
    }

    public void cancelReset() {
        confirmingReset.set(false);
    }

    /** Erases all progress (after {@link #askReset()}); every exercise starts over. */
    public void confirmReset() {
        if (!confirmingReset.get()) return;
        confirmingReset.set(false);
        String current = selected.get() >= 0 ? catalogue.stops().get(selected.get()).item().id() : null;
        book = ProgressBook.EMPTY.withCurrent(current);
        pages.clear();
        generation.set(generation.get() + 1);
        refreshRows();
        if (selected.get() >= 0) show(selected.get(), false);
        save();
    }

    public void dismissNotice() {
        notice.set(null);
    }

    // ---- progress ----

    private void record(String itemId, UnaryOperator<ItemProgress> change) {
        book = book.with(itemId, change.apply(book.get(itemId)));
        refreshRows();
        save();
    }

    private void save() {
        ProgressBook snapshot = book;
        io.execute(() -> {
            try {
                store.save(snapshot);
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> notice.set("Your progress could not be saved to " + store.file() + ": " + why));
            }
        });
    }

    private void openScenario(String scenarioId) {
        String itemId = PathItem.scenarioItemId(scenarioId);
        if (indexOf(itemId) >= 0) record(itemId, ItemProgress::visited);
        scenarioOpener.accept(scenarioId);
    }

    private ExerciseHost hostFor(String itemId) {
        return new ExerciseHost() {
            @Override public void graded(Score score) { record(itemId, p -> p.graded(score)); }
            @Override public void visited() { record(itemId, ItemProgress::visited); }
            @Override public boolean scenarioAvailable(String id) { return scenarioAvailable.test(id); }
            @Override public void openScenario(String id) { LearningPathViewModel.this.openScenario(id); }
            @Override public Map<String, String> savedAnswers() { return book.get(itemId).answers(); }
            @Override public void saveAnswers(Map<String, String> answers) { record(itemId, p -> p.withAnswers(answers)); }
        };
    }

    // ---- pages and rows ----

    /** Shows stop {@code index}; {@code opened} counts opening a table or recap as reading it. */
    private void show(int index, boolean opened) {
        selected.set(index);
        LessonCatalogue.Stop stop = catalogue.stops().get(index);
        page.set(pages.computeIfAbsent(index, i -> createPage(stop)));
        if (opened && stop.lesson() != null && (stop.lesson().exercise() instanceof Comparison || stop.lesson().exercise() instanceof Recap)
                && !book.get(stop.item().id()).done()) {
            record(stop.item().id(), ItemProgress::visited);
        }
        refreshRows();
    }

    private PathPage createPage(LessonCatalogue.Stop stop) {
        PathItem item = stop.item();
        if (stop.broken()) return new BrokenStop(item, stop.problem().getMessage(), catalogue.validateHint());
        if (item.kind() == PathItem.Kind.SCENARIO) return new ScenarioStop(item, scenarioAvailable.test(item.scenarioId()));
        Lesson lesson = stop.lesson();
        return ExerciseKinds.of(lesson.kind()).page(lesson, lesson.exercise(), hostFor(item.id()), random);
    }

    private boolean doable(LessonCatalogue.Stop s) {
        if (s.broken()) return false;
        return s.item().kind() != PathItem.Kind.SCENARIO || scenarioAvailable.test(s.item().scenarioId());
    }

    private int firstNotDone(int after) {
        List<LessonCatalogue.Stop> stops = catalogue.stops();
        for (int i = after + 1; i < stops.size(); i++) {
            if (doable(stops.get(i)) && !book.get(stops.get(i).item().id()).done()) return i;
        }
        return -1;
    }

    /** The stop marked Next and where Continue goes: the open stop if it is not done, else the first not done. */
    private int continueTarget() {
        int sel = selected.get();
        if (sel >= 0 && doable(catalogue.stops().get(sel)) && !book.get(catalogue.stops().get(sel).item().id()).done()) {
            return sel;
        }
        return firstNotDone(-1);
    }

    private int indexOf(String itemId) {
        if (itemId == null) return -1;
        for (int i = 0; i < catalogue.stops().size(); i++) {
            if (catalogue.stops().get(i).item().id().equals(itemId)) return i;
        }
        return -1;
    }

    private void refreshRows() {
        List<StopRow> out = new ArrayList<>();
        int next = continueTarget();
        int done = 0;
        int doable = 0;
        for (int i = 0; i < catalogue.stops().size(); i++) {
            LessonCatalogue.Stop s = catalogue.stops().get(i);
            ItemProgress p = book.get(s.item().id());
            Status status;
            if (s.broken()) status = Status.BROKEN;
            else if (!doable(s)) status = Status.UNAVAILABLE;
            else if (p.done()) status = Status.DONE;
            else if (i == next) status = Status.NEXT;
            else status = Status.TO_DO;
            if (doable(s)) {
                doable++;
                if (p.done()) done++;
            }
            String score = p.best() == null ? "" : p.best().toString();
            out.add(new StopRow(i, s.item().id(), s.item().title(), kindLabel(s), kindIcon(s), status, score));
        }
        if (!rows.equals(out)) rows.setAll(out);
        summary.set(done == doable && doable > 0 ? "All " + doable + " done" : done + " of " + doable + " done");
        canContinue.set(next >= 0);
        continueHere.set(next >= 0 && next == selected.get());
        continueTitle.set(next >= 0 ? (next + 1) + ". " + catalogue.stops().get(next).item().title() : "");
    }

    private static String kindLabel(LessonCatalogue.Stop s) {
        if (s.item().kind() == PathItem.Kind.SCENARIO) return "Explorer scenario";
        return s.lesson() == null ? "Lesson" : ExerciseKinds.of(s.lesson().kind()).label();
    }

    private static String kindIcon(LessonCatalogue.Stop s) {
        if (s.item().kind() == PathItem.Kind.SCENARIO) return "mdi2p-play-circle-outline";
        return s.lesson() == null ? "mdi2a-alert-circle" : ExerciseKinds.of(s.lesson().kind()).icon();
    }
}
