package dev.cachelab.ui.shell;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;

/**
 * Shows problems without losing the window: content errors as a plain message, unexpected exceptions as a dialog
 * with the details (and logged). Installed as the default uncaught-exception handler.
 */
public final class ErrorDialogs {

    private static Window owner;
    /** Tests and headless runs turn dialogs off; the log still records everything. */
    private static volatile boolean showDialogs = true;
    private static volatile Throwable lastUnexpected;

    private ErrorDialogs() {
    }

    public static void install(Window window) {
        owner = window;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> unexpected(e));
    }

    public static void setShowDialogs(boolean show) {
        showDialogs = show;
    }

    public static Throwable lastUnexpected() {
        return lastUnexpected;
    }

    public static void unexpected(Throwable e) {
        lastUnexpected = e;
        AppLog.LOG.log(Level.SEVERE, "unexpected error", e);
        if (!showDialogs) return;
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
            alert.initOwner(owner);
            alert.setTitle("Cache Lab — unexpected error");
            alert.setHeaderText("Something went wrong, but your work is still here.");
            alert.setContentText(e + "\n\nDetails were written to " + AppLog.file());
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(details);
            alert.show();
        };
        if (Platform.isFxApplicationThread()) show.run();
        else Platform.runLater(show);
    }

    /** A problem the user can fix, such as a malformed scenario file: one clear message, nothing else. */
    public static void problem(String title, String message) {
        AppLog.LOG.warning(title + ": " + message);
        if (!showDialogs) return;
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Cache Lab");
        alert.setHeaderText(title);
        alert.getDialogPane().setId("problemDialog");
        alert.show();
    }
}
