package dev.cachelab.ui.shell;

import dev.cachelab.lesson.ProgressStore;
import dev.cachelab.platform.AppDirs;
import dev.cachelab.ui.common.AppLog;
import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.common.UiServices;
import dev.cachelab.ui.common.Navigator;
import dev.cachelab.ui.explorer.CasePlayer;
import dev.cachelab.ui.explorer.ExplorerScreen;
import dev.cachelab.ui.lessons.LearningPathScreen;
import dev.cachelab.ui.presenter.PresenterMode;
import dev.cachelab.ui.reference.ReferenceHost;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import dev.cachelab.ui.common.TaskExecutor;

/** The Cache Lab window. Started through {@link dev.cachelab.Launcher}. */
public class CacheLabApp extends Application {

    /** Cache Lab's token stylesheet (ThemeManager adds it to every scene it styles). */
    public static final String STYLESHEET = ThemeManager.TOKENS;

    private MainWindow window;
    private ThemeManager theme;
    private UiServices services;
    private UserPreferences prefs;
    private PreferencesStore store;
    private ScenarioFiles files;
    private PresenterMode presenter;
    private ShortcutSheet sheet;
    private Toast toast;
    private ReferenceHost reference;
    private ExplorerScreen explorer;
    private LearningPathScreen lessons;
    /** The id of the main window's notice about a damaged progress file. */
    public static final String PROGRESS_NOTICE = "progressNotice";

    public static void launchApp(String[] args) {
        Application.launch(CacheLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // not launched (a test embeds the window): default settings, nothing read or written
        StartOptions options = getParameters() == null ? StartOptions.FRESH
                : StartOptions.parseOrDefault(getParameters().getRaw());
        start(stage, options);
    }

    /** Starts the window with {@code options} (tests call this directly). */
    public void start(Stage stage, StartOptions options) {
        start(stage, options, new UiServices(new Motion(), new ErrorDialogs(true)));
    }

    /**
     * Starts the window with {@code options} and {@code services} (its motion scale and dialogs; tests hand in their
     * own). A fresh start keeps the services' motion scale; otherwise the saved preference sets it.
     */
    public void start(Stage stage, StartOptions options, UiServices services) {
        this.services = services;
        StartupProbe.mark("start()");
        // --fresh and the start-up probe leave nothing behind: no log file, no settings or progress written
        boolean leaveNoTrace = options.startupProbe() || options.fresh();
        Session.start(leaveNoTrace);
        AppLog.init(!leaveNoTrace);
        store = PreferencesStore.standard();
        store.setReadOnly(leaveNoTrace);
        prefs = options.fresh() ? new UserPreferences() : store.load();
        if (options.fresh()) prefs.motionProperty().set(services.motion().scale());
        if (options.theme() != null) prefs.themeProperty().set(options.theme());
        if (options.zoom() != null) prefs.zoomProperty().set(options.zoom());

        StartupProbe.mark("preferences loaded");
        theme = new ThemeManager();
        theme.themeProperty().bindBidirectional(prefs.themeProperty());
        theme.zoomProperty().bindBidirectional(prefs.zoomProperty());
        theme.presenterZoomProperty().bindBidirectional(prefs.presenterZoomProperty());
        services.motion().scaleProperty().bindBidirectional(prefs.motionProperty());
        theme.makeActive();
        theme.applyUserAgent();

        StartupProbe.mark("theme applied");
        explorer = new ExplorerScreen(stage, services);
        // the window opens files off the JavaFX thread, with progress and Cancel over the picture
        explorer.model().opening().setExecutor(TaskExecutor.background());
        StartupProbe.mark("explorer model built");
        Navigator navigator = new Navigator() {
            @Override
            public void showScreen(String screenId) {
                window.show(screenId);
            }

            @Override
            public void openScenario(String scenarioId) {
                window.show(explorer.id());
                if (!explorer.model().select(scenarioId)) {
                    services.dialogs().problem("No such scenario", "The explorer has no scenario \"" + scenarioId + "\".");
                }
            }
        };
        // --fresh reads no progress and writes none: it lasts until the app quits
        lessons = new LearningPathScreen(navigator, id -> explorer.model().scenarios().stream().anyMatch(s -> id.equals(s.id())),
                leaveNoTrace ? ProgressStore.inMemory() : new ProgressStore(AppDirs.configDir()), services.dialogs());
        window = new MainWindow(stage, List.of(explorer, lessons));
        tellAboutProgressProblems();
        explorer.contributeMenus(window);
        StartupProbe.mark("main window built");

        files = new ScenarioFiles(explorer.model(), prefs, services.dialogs());
        explorer.model().playback().speedProperty().bindBidirectional(prefs.speedProperty());
        files.setBeforeOpen(() -> window.show(explorer.id()));
        if (!options.fresh()) files.restoreLast();
        if (options.open() != null) files.open(options.open());

        toast = new Toast();
        window.addOverlay(toast.node());
        explorer.setOpener(files::open);
        explorer.setToast(toast::show);
        files.setOnFixed(() -> toast.show("Opened " + files.currentFile().getFileName() + ": its problem is fixed",
                "mdi2c-check-circle"));
        theme.effectiveZoomProperty().addListener((o, a, z) -> toast.show("Zoom " + z + " %", "mdi2m-magnify"));
        presenter = new PresenterMode(stage, window, theme, services.motion(), explorer.model());
        sheet = new ShortcutSheet(services.motion());
        window.addOverlay(sheet.node());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.sceneRoot(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        theme.register(scene);
        AppMenus.install(window, stage, scene, theme, prefs, services.motion(), files, presenter, sheet);
        reference = ReferenceHost.install(window.sceneRoot(), caseName -> {
            window.show(explorer.id());
            if (!CasePlayer.play(explorer.model(), caseName)) services.dialogs().problem("No such case", "This build has no case \"" + caseName + "\".");
        });
        MenuItem referenceItem = new MenuItem("_Reference: rules and evidence");
        referenceItem.setId("menuReference");
        referenceItem.setOnAction(e -> reference.model().open("R1"));
        window.helpMenu().getItems().add(1, referenceItem);
        files.installDropTarget(scene, window.root());
        presenter.install(scene);

        stage.setTitle("Cache Lab — Next.js 16 cache invalidation");
        Image icon = icon();
        if (icon != null) stage.getIcons().add(icon);
        stage.setScene(scene);
        services.dialogs().install(stage);
        store.autosave(prefs);
        stage.setOnHidden(e -> {
            presenter.model().notesShownProperty().set(false);
            files.close();
        });
        if (options.startupProbe()) StartupProbe.install(stage, System.out);
        StartupProbe.mark("scene ready");
        stage.show();
        StartupProbe.mark("stage.show() returned");
        if (options.presenter()) presenter.setActive(true);
    }

    /**
     * A damaged progress file is found at start-up, not when the learner first opens Lessons: say so in the main
     * window at once (the Lessons screen keeps the same notice until it is dismissed in either place).
     */
    private void tellAboutProgressProblems() {
        String notice = lessons.model().noticeProperty().get();
        if (notice == null) return;
        window.showNotice(PROGRESS_NOTICE, notice, "Open Lessons", () -> window.show(lessons.id()),
                () -> lessons.model().dismissNotice());
        lessons.model().noticeProperty().addListener((o, a, b) -> {
            if (b == null) window.closeNotice(PROGRESS_NOTICE);
        });
    }

    private static Image icon() {
        var in = CacheLabApp.class.getResourceAsStream("/dev/cachelab/ui/shell/cachelab-64.png");
        return in == null ? null : new Image(in);
    }

    public MainWindow window() { return window; }
    public Toast toast() { return toast; }
    public ThemeManager theme() { return theme; }
    /** The window's motion scale and dialogs. */
    public UiServices services() { return services; }
    public UserPreferences preferences() { return prefs; }
    public ScenarioFiles files() { return files; }
    public PresenterMode presenter() { return presenter; }
    public ShortcutSheet shortcutSheet() { return sheet; }
    public ReferenceHost reference() { return reference; }
    public ExplorerScreen explorer() { return explorer; }
    public LearningPathScreen lessons() { return lessons; }
}
