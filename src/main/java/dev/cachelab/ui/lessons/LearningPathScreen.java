package dev.cachelab.ui.lessons;

import dev.cachelab.json.ContentException;
import dev.cachelab.lesson.LessonCatalogue;
import dev.cachelab.lesson.LessonSource;
import dev.cachelab.lesson.ProgressStore;
import dev.cachelab.platform.AppDirs;
import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.common.Navigator;
import dev.cachelab.ui.common.Screen;
import javafx.application.Platform;
import javafx.scene.Node;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;

/**
 * The learning-path screen of the main window. Lessons come from the bundled {@code resources/lessons/} (or from
 * the folder named by the {@code cachelab.lessons} system property); progress is kept by the {@link ProgressStore}
 * it is given: {@code progress.json} in {@link AppDirs#configDir()}, or memory only ({@code --fresh}). Lesson
 * files that fail to load are reported in one dialog, one block per file, and shown on the path; the others
 * still load.
 */
public final class LearningPathScreen implements Screen {

    public static final String ID = "lessons";

    private final LearningPathViewModel model;
    private LearningPathView view;

    private static volatile CompletableFuture<LessonCatalogue> prefetched;

    /** Starts loading the lessons in the background while the JavaFX toolkit starts (see the Launcher). */
    public static void prefetch() {
        if (prefetched == null) prefetched = CompletableFuture.supplyAsync(() -> LessonCatalogue.load(source()));
    }

    private static LessonCatalogue catalogue() {
        CompletableFuture<LessonCatalogue> f = prefetched;
        prefetched = null;
        return f != null ? f.join() : LessonCatalogue.load(source());
    }

    /** The screen with progress saved in the per-user config directory. */
    public LearningPathScreen(Navigator navigator, Predicate<String> scenarioExists, ErrorDialogs dialogs) {
        this(navigator, scenarioExists, new ProgressStore(AppDirs.configDir()), dialogs);
    }

    public LearningPathScreen(Navigator navigator, Predicate<String> scenarioExists, ProgressStore progress,
                              ErrorDialogs dialogs) {
        LessonCatalogue catalogue = catalogue();
        if (!catalogue.problems().isEmpty()) {
            // after the window is up: a dialog shown before it opens ends up behind it, with no owner
            Platform.runLater(() -> dialogs.problems(catalogue.problems().size() == 1 ? "A lesson file could not be loaded"
                            : catalogue.problems().size() + " lesson files could not be loaded",
                    catalogue.problems().stream().map(ContentException::getMessage).toList(),
                    "The other lessons are available. " + catalogue.validateHint()));
        }
        ExecutorService io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cachelab-progress");
            t.setDaemon(true);
            return t;
        });
        // let a save that is still being written finish when the app quits
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            io.shutdown();
            try {
                io.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cachelab-progress-flush"));
        this.model = new LearningPathViewModel(catalogue, progress, scenarioExists,
                navigator::openScenario, io, Platform::runLater, new Random());
    }

    private static LessonSource source() {
        String dir = System.getProperty("cachelab.lessons");
        return dir == null || dir.isBlank() ? LessonSource.bundled() : LessonSource.directory(Path.of(dir));
    }

    @Override public String id() { return ID; }
    @Override public String title() { return "Lessons"; }
    @Override public String icon() { return "mdi2s-school-outline"; }

    @Override
    public Node view() {
        if (view == null) view = new LearningPathView(model);
        return view.root();
    }

    public LearningPathViewModel model() {
        return model;
    }

    /** The view, once built (tests reach exercise views through it). */
    public LearningPathView pathView() {
        return view;
    }
}
