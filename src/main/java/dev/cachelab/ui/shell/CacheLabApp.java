package dev.cachelab.ui.shell;

import dev.cachelab.ui.explorer.ExplorerScreen;
import dev.cachelab.ui.lessons.LearningPathScreen;
import dev.cachelab.ui.presenter.PresenterMode;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.util.List;

/** The Cache Lab window. Started through {@link dev.cachelab.Launcher}. */
public class CacheLabApp extends Application {

    /** Cache Lab's token stylesheet (ThemeManager adds it to every scene it styles). */
    public static final String STYLESHEET = ThemeManager.TOKENS;

    private MainWindow window;
    private ThemeManager theme;
    private UserPreferences prefs;
    private PreferencesStore store;
    private ScenarioFiles files;
    private PresenterMode presenter;
    private ShortcutSheet sheet;
    private ExplorerScreen explorer;

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
        StartupProbe.mark("start()");
        AppLog.init();
        store = PreferencesStore.standard();
        store.setReadOnly(options.startupProbe() || options.fresh());
        prefs = options.fresh() ? new UserPreferences() : store.load();
        if (options.fresh()) prefs.motionProperty().set(Motion.scale());
        if (options.theme() != null) prefs.themeProperty().set(options.theme());
        if (options.zoom() != null) prefs.zoomProperty().set(options.zoom());

        StartupProbe.mark("preferences loaded");
        theme = new ThemeManager();
        theme.themeProperty().bindBidirectional(prefs.themeProperty());
        theme.zoomProperty().bindBidirectional(prefs.zoomProperty());
        theme.presenterZoomProperty().bindBidirectional(prefs.presenterZoomProperty());
        Motion.scaleProperty().bindBidirectional(prefs.motionProperty());
        theme.makeActive();
        theme.applyUserAgent();

        StartupProbe.mark("theme applied");
        explorer = new ExplorerScreen(stage);
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
                    ErrorDialogs.problem("No such scenario", "The explorer has no scenario \"" + scenarioId + "\".");
                }
            }
        };
        window = new MainWindow(stage, screens(stage, explorer, navigator));
        explorer.contributeMenus(window);
        StartupProbe.mark("main window built");

        files = new ScenarioFiles(explorer.model(), prefs);
        explorer.model().playback().speedProperty().bindBidirectional(prefs.speedProperty());
        files.setBeforeOpen(() -> window.show(explorer.id()));
        if (!options.fresh()) files.restoreLast();
        if (options.open() != null) files.open(options.open());

        presenter = new PresenterMode(stage, window, theme, explorer.model());
        sheet = new ShortcutSheet();
        window.addOverlay(sheet.node());

        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.sceneRoot(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        theme.register(scene);
        AppMenus.install(window, stage, scene, theme, prefs, files, presenter, sheet);
        files.installDropTarget(scene, window.root());
        presenter.install(scene);

        stage.setTitle("Cache Lab — Next.js 16 cache invalidation");
        Image icon = icon();
        if (icon != null) stage.getIcons().add(icon);
        stage.setScene(scene);
        ErrorDialogs.install(stage);
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

    /** The screens of the navigation rail, in order. */
    private static List<Screen> screens(Stage stage, ExplorerScreen explorer, Navigator navigator) {
        return List.of(explorer, new LearningPathScreen(navigator, id -> explorer.model().scenarios().stream().anyMatch(s -> id.equals(s.id()))));
    }

    private static Image icon() {
        var in = CacheLabApp.class.getResourceAsStream("/dev/cachelab/ui/shell/cachelab-64.png");
        return in == null ? null : new Image(in);
    }

    public MainWindow window() { return window; }
    public ThemeManager theme() { return theme; }
    public UserPreferences preferences() { return prefs; }
    public ScenarioFiles files() { return files; }
    public PresenterMode presenter() { return presenter; }
    public ShortcutSheet shortcutSheet() { return sheet; }
    public ExplorerScreen explorer() { return explorer; }
}
