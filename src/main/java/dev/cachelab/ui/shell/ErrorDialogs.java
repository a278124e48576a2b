package dev.cachelab.ui.shell;

import dev.cachelab.ui.theme.ThemeManager;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows problems without losing the window: content errors as a plain message, unexpected exceptions as a dialog
 * with the details (and logged). Installed as the default uncaught-exception handler.
 */
public final class ErrorDialogs {

    private static Window owner;
    /** Tests and headless runs turn dialogs off; the log still records everything. */
    private static volatile boolean showDialogs = true;
    private static volatile Throwable lastUnexpected;
    private static volatile String lastProblem;

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

    /** The message of the last problem reported (tests read it when dialogs are off). */
    public static String lastProblem() {
        return lastProblem;
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
            ThemeManager.styleIfActive(alert.getDialogPane());
            alert.show();
        };
        if (Platform.isFxApplicationThread()) show.run();
        else Platform.runLater(show);
    }

    /** A problem the user can fix, such as a malformed scenario file: one clear message, nothing else. */
    public static void problem(String title, String message) {
        if (FileProblem.parse(message).line() > 0) {
            fileProblem(title, message);       // a located content error: show file, line, column, what was expected
            return;
        }
        AppLog.LOG.warning(title + ": " + message);
        lastProblem = message;
        if (!showDialogs) return;
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Cache Lab");
        alert.setHeaderText(title);
        alert.getDialogPane().setId("problemDialog");
        ThemeManager.styleIfActive(alert.getDialogPane());
        alert.show();
    }

    /** The parts of a content error: {@code file:line:col: $.path: problem; expected …}. */
    public record FileProblem(String file, int line, int column, String where, String problem) {
        private static final Pattern LOCATED = Pattern.compile("(?s)^(.+?):(\\d+):(\\d+): (?:(\\$[^:]*): )?(.*)$");
        private static final Pattern UNLOCATED = Pattern.compile("(?s)^(.+?\\.json): (?:(\\$[^:]*): )?(.*)$");

        public static FileProblem parse(String message) {
            Matcher m = LOCATED.matcher(message);
            if (m.matches()) {
                return new FileProblem(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? "" : m.group(4), m.group(5));
            }
            m = UNLOCATED.matcher(message);
            if (m.matches()) return new FileProblem(m.group(1), 0, 0, m.group(2) == null ? "" : m.group(2), m.group(3));
            return new FileProblem("", 0, 0, "", message);
        }
    }

    /**
     * A file that could not be loaded: the file, line, column, JSON path and what was expected, laid out so each
     * can be read at a glance (and copied). The caller keeps what was open.
     */
    public static void fileProblem(String title, String message) {
        AppLog.LOG.warning(title + ": " + message);
        lastProblem = message;
        if (!showDialogs) return;
        FileProblem fp = FileProblem.parse(message);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("file-problem");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        int row = 0;
        if (!fp.file().isEmpty()) row = addRow(grid, row, "File", fp.file(), "problemFile");
        if (fp.line() > 0) {
            row = addRow(grid, row, "Line", Integer.toString(fp.line()), "problemLine");
            row = addRow(grid, row, "Column", Integer.toString(fp.column()), "problemColumn");
        }
        if (!fp.where().isEmpty()) row = addRow(grid, row, "Where", fp.where(), "problemPath");
        Label what = new Label(fp.problem());
        what.setWrapText(true);
        what.setId("problemExpected");
        what.getStyleClass().add("problem-expected");
        what.setMaxWidth(640);
        Label key = new Label("Problem");
        key.getStyleClass().add("problem-key");
        key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.GridPane.setValignment(key, javafx.geometry.VPos.TOP);
        grid.add(key, 0, row);
        grid.add(what, 1, row);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Cache Lab");
        alert.setHeaderText(title);
        alert.setContentText(message);            // the whole message stays readable (and copyable) as text too
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("problemDialog");
        ThemeManager.styleIfActive(alert.getDialogPane());
        alert.show();
    }

    private static int addRow(GridPane grid, int row, String key, String value, String id) {
        Label k = new Label(key);
        k.getStyleClass().add("problem-key");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        v.setMaxWidth(640);
        v.getStyleClass().add("problem-value");
        grid.add(k, 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }
}
