package dev.cachelab.ui.shell;

import dev.cachelab.cli.Cli;
import dev.cachelab.reference.Reference;
import dev.cachelab.ui.common.Fxml;
import dev.cachelab.ui.common.Wrapping;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * {@code AboutPane.fxml} (fx:root), the content of Help → About: the structure and fixed texts are FXML; this
 * build's version, the runtime, this session's files, the library rows and the sizes (in em at the zoom in effect,
 * the texts wrapping at 42 em) are set here.
 */
public final class AboutPane extends VBox {

    /** Where the texts wrap, in em. */
    private static final double TEXT_EM = 42;

    @FXML private HBox head;
    @FXML private ImageView icon;
    @FXML private VBox texts;
    @FXML private Label aboutVersion;
    @FXML private Label aboutDescription;
    @FXML private Label aboutNextVersions;
    @FXML private Label aboutRuntime;
    @FXML private Label aboutFiles;
    @FXML private TableView<AboutDialog.Library> licenceTable;
    @FXML private TableColumn<AboutDialog.Library, String> libraryColumn;
    @FXML private TableColumn<AboutDialog.Library, String> versionColumn;
    @FXML private TableColumn<AboutDialog.Library, String> licenceColumn;

    public AboutPane() {
        Fxml.load(this);
        aboutVersion.setText("Cache Lab " + Cli.version());
        aboutNextVersions.setText("Behaviour checked against Next.js " + Reference.bundled().versionsText()
                + ": every measured step was the same on both. The rules and their evidence are in Help \u2192 Reference"
                + " and in docs/ beside the source.");
        aboutRuntime.setText("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ") \u00b7 JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        aboutFiles.setText(AboutDialog.filesText());
        column(libraryColumn, AboutDialog.Library::name);
        column(versionColumn, AboutDialog.Library::version);
        column(licenceColumn, AboutDialog.Library::licence);
        licenceTable.getItems().setAll(AboutDialog.libraries());
        size(Wrapping.em());
    }

    /** Sizes in em at the zoom in effect when the dialog opens. */
    private void size(double em) {
        for (Label l : new Label[]{aboutDescription, aboutNextVersions, aboutRuntime, aboutFiles}) {
            Wrapping.wrapAt(l, TEXT_EM * em);
        }
        icon.setFitWidth(4 * em);
        texts.setSpacing(0.4 * em);
        head.setSpacing(em);
        setSpacing(0.85 * em);
        setPrefWidth(52 * em);
        libraryColumn.setPrefWidth(17 * em);
        versionColumn.setPrefWidth(7 * em);
        licenceColumn.setPrefWidth(25 * em);
        licenceTable.setPrefWidth(50 * em);
        licenceTable.setPrefHeight(17 * em);
    }

    private static void column(TableColumn<AboutDialog.Library, String> c, Function<AboutDialog.Library, String> f) {
        c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
    }
}
