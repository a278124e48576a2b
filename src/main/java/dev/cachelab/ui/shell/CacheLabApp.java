package dev.cachelab.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.cachelab.cli.Cli;
import dev.cachelab.ui.explorer.ExplorerScreen;
import dev.cachelab.ui.lessons.LearningPathScreen;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import java.util.List;

/** The Cache Lab window. Started through {@link dev.cachelab.Launcher}. */
public class CacheLabApp extends Application {

    public static final String STYLESHEET = "/dev/cachelab/ui/theme/cachelab.css";

    private MainWindow window;

    public static void launchApp(String[] args) {
        Application.launch(CacheLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppLog.init();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ExplorerScreen explorer = new ExplorerScreen(stage);
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

        MenuItem about = new MenuItem("_About Cache Lab");
        about.setId("menuAbout");
        about.setOnAction(e -> about(stage));
        window.helpMenu().getItems().add(about);

        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(CacheLabApp.class.getResource(STYLESHEET).toExternalForm());
        stage.setTitle("Cache Lab — Next.js 16 cache invalidation");
        stage.setScene(scene);
        ErrorDialogs.install(stage);
        stage.show();
    }

    /** The screens of the navigation rail, in order. */
    private static List<Screen> screens(Stage stage, ExplorerScreen explorer, Navigator navigator) {
        return List.of(explorer, new LearningPathScreen(navigator, id -> explorer.model().scenarios().stream().anyMatch(s -> id.equals(s.id()))));
    }

    public MainWindow window() {
        return window;
    }

    private static void about(Stage owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("About Cache Lab");
        a.setHeaderText("Cache Lab " + Cli.version());
        a.setContentText("See how Next.js 16.4.6 invalidates its cache after a write.\n\n"
                + "Built with OpenJFX, AtlantaFX, ControlsFX, Ikonli, RichTextFX and Jackson.");
        a.show();
    }
}
