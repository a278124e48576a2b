package dev.cachelab.ui.shell;

import dev.cachelab.cli.Cli;
import dev.cachelab.platform.AppDirs;
import dev.cachelab.ui.common.AppLog;
import dev.cachelab.ui.common.Wrapping;
import dev.cachelab.ui.theme.ThemeManager;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

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

    /** One em in px at the zoom in effect. */
    private static double em() {
        return Wrapping.em();
    }

    /** Where this session keeps settings, progress and its log — or that it keeps none. */
    static String filesText() {
        String log = AppLog.file().map(f -> "Log: " + f).orElse("Log: none (this session writes no log file)");
        if (Session.leavesNoTrace()) {
            return "This session (--fresh) reads and saves no settings or progress. " + log;
        }
        return "Settings and learning progress: " + AppDirs.configDir() + "\n" + log;
    }

    public static Alert create(Window owner) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle("About Cache Lab");
        a.setHeaderText(null);

        double em = em();
        Label title = new Label("Cache Lab " + Cli.version());
        title.getStyleClass().add("about-title");
        title.setId("aboutVersion");
        title.setWrapText(true);
        Label what = Wrapping.label("See how Next.js 16 invalidates its cache after a write. "
                + "Models the shipped behaviour of Next.js 16.4.6, checked against cases measured on a real server.", 42);
        what.setId("aboutDescription");
        Label checked = Wrapping.label("Behaviour checked against Next.js " + dev.cachelab.reference.Reference.bundled().versionsText()
                + ": every measured step was the same on both. The rules and their evidence are in Help \u2192 Reference and in"
                + " docs/ beside the source.", 42);
        checked.setId("aboutNextVersions");
        Label runtime = Wrapping.label("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ") \u00b7 JavaFX " + System.getProperty("javafx.runtime.version", "?"), 42);
        runtime.setId("aboutRuntime");
        runtime.getStyleClass().add("about-muted");
        Label where = Wrapping.label(filesText(), 42);
        where.setId("aboutFiles");
        where.getStyleClass().add("about-muted");

        Label libsTitle = new Label("Bundled libraries and their licences");
        libsTitle.getStyleClass().add("title-4");
        libsTitle.setId("aboutLibrariesTitle");
        TableView<Library> table = new TableView<>();
        table.setId("licenceTable");
        table.getStyleClass().addAll("licence-table", "dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Library", Library::name, 17));
        table.getColumns().add(column("Version", Library::version, 7));
        table.getColumns().add(column("Licence", Library::licence, 25));
        table.getItems().setAll(libraries());
        table.setAccessibleText("Bundled libraries and their licences");
        table.setPrefWidth(50 * em);
        table.setPrefHeight(17 * em);

        ImageView icon = new ImageView();
        icon.setFitWidth(4 * em);
        icon.setPreserveRatio(true);
        try (InputStream in = AboutDialog.class.getResourceAsStream("/dev/cachelab/ui/shell/cachelab-64.png")) {
            if (in != null) icon.setImage(new Image(in));
        } catch (IOException ignored) {
            // no icon
        }
        icon.setAccessibleText("Cache Lab icon");
        VBox text = new VBox(0.4 * em, title, what, checked, runtime, where);
        HBox head = new HBox(em, icon, text);
        VBox box = new VBox(0.85 * em, head, libsTitle, table);
        box.setId("aboutPane");
        box.setPrefWidth(52 * em);
        box.getStyleClass().add("about-pane-content");
        title.getStyleClass().add("about-title");
        a.getDialogPane().setContent(box);
        a.getDialogPane().setId("aboutDialog");
        a.getDialogPane().getStyleClass().add("about-dialog");
        a.getDialogPane().setPrefWidth(56 * em);
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        a.setResizable(true);
        ThemeManager.styleIfActive(a.getDialogPane());
        return a;
    }

    private static TableColumn<Library, String> column(String title, Function<Library, String> f, double em) {
        TableColumn<Library, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
        c.setPrefWidth(em * em());
        return c;
    }
}
