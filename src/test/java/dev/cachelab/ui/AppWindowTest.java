package dev.cachelab.ui;

import dev.cachelab.ui.common.ErrorDialogs;
import dev.cachelab.ui.common.UiServices;
import dev.cachelab.ui.theme.Motion;
import dev.cachelab.ui.shell.CacheLabApp;
import dev.cachelab.ui.shell.StartOptions;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one set-up of the UI tests that open the Cache Lab window (TestFX): a user folder of their own in the temp
 * folder ({@code cachelab.home}, removed after the class), problem dialogs off ({@link #services}), and before each test a window
 * started with {@link #options()} on TestFX's stage, on the FX thread, as a {@code @Start} method would. Subclasses adjust it through the hooks: {@link #beforeStart()}
 * (a fresh folder per test with {@link #newHome()}, the motion scale, files the start should find),
 * {@link #afterStart()} (the window's size), and {@link #startsTheApp()} for tests that build their own scene.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class AppWindowTest {

    private static final List<Path> HOMES = new ArrayList<>();
    private static Path home;

    protected Stage stage;
    protected CacheLabApp app;
    /** What the window is handed: normal motion (a test's {@link #beforeStart()} may turn it off) and no dialogs. */
    protected UiServices services;

    @BeforeAll
    static void userFolder() throws IOException {
        newHome();
    }

    @AfterAll
    static void removeUserFolders() throws IOException {
        System.clearProperty("cachelab.home");
        for (Path dir : HOMES) deleteTree(dir);
        HOMES.clear();
        home = null;
    }

    /**
     * TestFX's {@code @Start} is looked up on the test class alone, not its superclasses; this runs at the same
     * moment (after the extension has set up TestFX's stage) and on the same thread.
     */
    @BeforeEach
    void start() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            start(primary);
            return null;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start(Stage stage) throws Exception {
        this.stage = stage;
        services = new UiServices(new Motion(), ErrorDialogs.headless());
        beforeStart();
        if (!startsTheApp()) return;
        app = new CacheLabApp();
        app.start(stage, options(), services);
        afterStart();
    }

    /** The options of the window's start: by default those of a window a test embeds (nothing read or written). */
    protected StartOptions options() {
        return StartOptions.FRESH;
    }

    /** Runs on the FX thread before the window starts. */
    protected void beforeStart() throws Exception {
    }

    /** Runs on the FX thread once the window has started. */
    protected void afterStart() throws Exception {
    }

    /** False: the test shows its own scene on {@link #stage} (in {@link #beforeStart()}). */
    protected boolean startsTheApp() {
        return true;
    }

    /** The user folder in use. */
    protected static Path home() {
        return home;
    }

    /** A new, empty user folder from now on (removed with the others after the class). */
    protected static Path newHome() throws IOException {
        home = tempDir("cachelab-home");
        System.setProperty("cachelab.home", home.toString());
        return home;
    }

    /** A folder in the temp folder that is removed after the class. */
    protected static Path tempDir(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        HOMES.add(dir);
        return dir;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
