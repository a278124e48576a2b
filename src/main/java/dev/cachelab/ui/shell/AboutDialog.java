package dev.cachelab.ui.shell;

import dev.cachelab.platform.AppDirs;
import dev.cachelab.ui.common.AppLog;
import dev.cachelab.ui.common.Wrapping;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/** Help → About: the version, what it models, where its files are, and every bundled library with its licence. */
public final class AboutDialog {

    /** A library shipped in the app (target/lib and the packaged app), with the licence it is used under. */
    public record Library(String name, String artifact, String version, String licence) { }

    private AboutDialog() {
    }

    /** Every runtime library the app ships with (the runtime scope of pom.xml, transitive ones included). */
    public static List<Library> libraries() {
        Properties v = new Properties();
        try (InputStream in = AboutDialog.class.getResourceAsStream("libraries.properties")) {
            if (in != null) v.load(in);
        } catch (IOException ignored) {
            // versions stay "?"
        }
        String fx = v.getProperty("javafx", "?");
        return List.of(
                new Library("OpenJFX", "org.openjfx:javafx-*", fx,
                        "GPL-2.0 with Classpath Exception"),
                new Library("AtlantaFX", "io.github.mkpaz:atlantafx-base", v.getProperty("atlantafx", "?"), "MIT"),
                new Library("ControlsFX", "org.controlsfx:controlsfx", v.getProperty("controlsfx", "?"), "BSD-3-Clause"),
                new Library("Ikonli", "org.kordamp.ikonli:ikonli-javafx", v.getProperty("ikonli", "?"), "Apache-2.0"),
                new Library("Ikonli Material Design 2 pack", "org.kordamp.ikonli:ikonli-materialdesign2-pack",
                        v.getProperty("ikonli", "?"), "Apache-2.0; icons: Pictogrammers Free"),
                new Library("RichTextFX", "org.fxmisc.richtext:richtextfx", v.getProperty("richtextfx", "?"),
                        "BSD-2-Clause or GPL-2.0+CE"),
                new Library("Flowless", "org.fxmisc.flowless:flowless", "0.7.4", "BSD-2-Clause"),
                new Library("ReactFX", "org.reactfx:reactfx", "2.0-M5", "BSD-2-Clause"),
                new Library("UndoFX", "org.fxmisc.undo:undofx", "2.1.1", "BSD-2-Clause"),
                new Library("WellBehavedFX", "org.fxmisc.wellbehaved:wellbehavedfx", "0.3.3", "BSD-2-Clause"),
                new Library("Jackson", "com.fasterxml.jackson.core:jackson-*",
                        v.getProperty("jackson", "?"), "Apache-2.0"),
                new Library("Monocle (headless snapshots)", "org.testfx:openjfx-monocle", v.getProperty("monocle", "?"),
                        "GPL-2.0 with Classpath Exception"));
    }

    /** Where this session keeps settings, progress and its log — or that it keeps none. */
    static String filesText() {
        String log = AppLog.file().map(f -> "Log: " + f).orElse("Log: none (this session writes no log file)");
        if (Session.leavesNoTrace()) {
            return "This session (--fresh) reads and saves no settings or progress. " + log;
        }
        return "Settings and learning progress: " + AppDirs.configDir() + "\n" + log;
    }

    /** The dialog around an {@link AboutPane}, sized in em at the zoom in effect. */
    public static Alert create(Window owner) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("About Cache Lab");
        a.setHeaderText(null);
        a.getDialogPane().setContent(new AboutPane());
        a.getDialogPane().setId("aboutDialog");
        a.getDialogPane().getStyleClass().add("about-dialog");
        a.getDialogPane().setPrefWidth(56 * Wrapping.em());
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        a.setResizable(true);
        ThemeManager.styleIfActive(a.getDialogPane());
        return a;
    }
}
