package dev.cachelab.ui.common;

import dev.cachelab.ui.theme.ThemeManager;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows problems without losing the window: content errors as a plain message, unexpected exceptions as a dialog
 * with the details (and logged). One per window, passed to the screens that report problems (a service, as JabRef's
 * DialogService); the window's is installed as the default uncaught-exception handler.
 */
public final class ErrorDialogs {

    private Window owner;
    /** Tests and headless runs turn dialogs off; the log still records everything. */
    private volatile boolean showDialogs;
    private volatile Throwable lastUnexpected;
    private volatile String lastProblem;

    public ErrorDialogs(boolean showDialogs) {
        this.showDialogs = showDialogs;
    }

    /** Reports to the log only, and remembers the last problem (headless commands, benchmarks, tests). */
    public static ErrorDialogs headless() {
        return new ErrorDialogs(false);
    }

    /** Dialogs belong to {@code window}, which also hears of every exception no one caught. */
    public void install(Window window) {
        owner = window;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> unexpected(e));
    }

    public void setShowDialogs(boolean show) {
        showDialogs = show;
    }

    public Throwable lastUnexpected() {
        return lastUnexpected;
    }

    /** The message of the last problem reported (tests read it when dialogs are off). */
    public String lastProblem() {
        return lastProblem;
    }

    public void unexpected(Throwable e) {
        lastUnexpected = e;
        AppLog.LOG.log(Level.SEVERE, "unexpected error", e);
        if (!showDialogs) return;
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
            alert.initOwner(owner);
            alert.setTitle("Cache Lab — unexpected error");
            alert.setHeaderText("Something went wrong, but your work is still here.");
            alert.setContentText(e + "\n\n" + AppLog.whereDetailsAre());
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
    public void problem(String title, String message) {
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
    public void fileProblem(String title, String message) {
        fileProblem(title, message, null);
    }

    /** {@link #fileProblem(String, String)} with a closing line under the problem (what the app did about it). */
    public void fileProblem(String title, String message, String footer) {
        problems(title, List.of(message), footer);
    }

    /**
     * Several files that could not be loaded: one block per file (file, line, column, where, problem), so no
     * file's message runs into another's, and {@code footer} (may be null) under them.
     */
    public void problems(String title, List<String> messages, String footer) {
        String all = String.join("\n", messages) + (footer == null ? "" : "\n\n" + footer);
        AppLog.LOG.warning(title + ": " + all);
        lastProblem = all;
        if (!showDialogs) return;
        VBox box = new VBox(Wrapping.em() * 0.9);
        box.getStyleClass().add("file-problems");
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) box.getChildren().add(new Separator());
            box.getChildren().add(grid(FileProblem.parse(messages.get(i)), messages.size() == 1 ? "" : "-" + i));
        }
        if (footer != null) {
            Label f = Wrapping.wrapAt(new Label(footer), valueWidth() + 8 * Wrapping.em());
            f.setId("problemFooter");
            f.getStyleClass().add("problem-footer");
            box.getChildren().add(f);
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Cache Lab");
        alert.setHeaderText(title);
        alert.setContentText(all);                // the whole message stays readable (and copyable) as text too
        if (messages.size() > 2) {
            ScrollPane scroll = new ScrollPane(box);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Wrapping.em() * 24);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            alert.getDialogPane().setContent(scroll);
        } else {
            alert.getDialogPane().setContent(box);
        }
        alert.getDialogPane().setId("problemDialog");
        // as wide as its wrapped text needs (the theme caps dialogs at 600 px, too narrow at a large zoom)
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.setResizable(true);
        ThemeManager.styleIfActive(alert.getDialogPane());
        alert.show();
    }

    /** File, line, column, where and problem of one message; ids get {@code suffix} ("" or "-1", "-2", …). */
    private GridPane grid(FileProblem fp, String suffix) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("file-problem");
        grid.setHgap(Wrapping.em() * 0.85);
        grid.setVgap(Wrapping.em() * 0.4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        int row = 0;
        if (!fp.file().isEmpty()) row = addRow(grid, row, "File", fp.file(), "problemFile" + suffix, "problem-value");
        if (fp.line() > 0) {
            row = addRow(grid, row, "Line", Integer.toString(fp.line()), "problemLine" + suffix, "problem-value");
            row = addRow(grid, row, "Column", Integer.toString(fp.column()), "problemColumn" + suffix, "problem-value");
        }
        if (!fp.where().isEmpty()) row = addRow(grid, row, "Where", fp.where(), "problemPath" + suffix, "problem-value");
        addRow(grid, row, "Problem", fp.problem(), "problemExpected" + suffix, "problem-expected");
        return grid;
    }

    /** The width problem texts wrap at: 36em, or less so that the dialog fits in the window (or the screen). */
    private double valueWidth() {
        double em = Wrapping.em();
        double room = owner != null && owner.getWidth() > 0 ? owner.getWidth()
                : Screen.getPrimary().getVisualBounds().getWidth();
        return Math.max(16 * em, Math.min(36 * em, room * 0.85 - 9 * em));
    }

    private int addRow(GridPane grid, int row, String key, String value, String id, String style) {
        Label k = new Label(key);
        k.getStyleClass().add("problem-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(k, VPos.TOP);
        Label v = Wrapping.wrapAt(new Label(value), valueWidth());
        v.setId(id);
        v.getStyleClass().add(style);
        grid.add(k, 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }
}
