package dev.cachelab.ui.lessons.common;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Note;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import java.util.List;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The small pieces every exercise shows the same way: a header, a verdict (colour plus an icon plus a word, so it
 * reads without colour), a fidelity note with its source, and one feedback item.
 */
public final class LessonWidgets {

    public static final String STYLESHEET = "/dev/cachelab/ui/lessons/common/lessons.css";

    private LessonWidgets() {
    }

    public static String stylesheet() {
        return LessonWidgets.class.getResource(STYLESHEET).toExternalForm();
    }

    public static Node header(String title, String intro) {
        Label t = new Label(title);
        t.getStyleClass().addAll("title-3", "lesson-title");
        t.setWrapText(true);
        VBox box = new VBox(t);
        box.getStyleClass().add("lesson-header");
        if (intro != null && !intro.isBlank()) {
            Label i = new Label(intro);
            i.getStyleClass().add("lesson-intro");
            i.setWrapText(true);
            box.getChildren().add(i);
        }
        return box;
    }

    /** "Right" with a tick, or {@code wrongWord} with a cross; styled {@code verdict-right} / {@code verdict-wrong}. */
    public static Label verdict(boolean right, String wrongWord) {
        Label l = new Label(right ? "Right" : wrongWord, new FontIcon(right ? "mdi2c-check-circle" : "mdi2c-close-circle"));
        l.getStyleClass().addAll("verdict", right ? "verdict-right" : "verdict-wrong");
        l.setAccessibleText(right ? "right" : wrongWord.toLowerCase());
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    public static Label verdict(boolean right) {
        return verdict(right, "Wrong");
    }

    public static void styleVerdict(Label l, Boolean right, String wrongWord) {
        l.getStyleClass().removeAll("verdict-right", "verdict-wrong");
        if (right == null) {
            l.setText("");
            l.setGraphic(null);
            l.setVisible(false);
            l.setManaged(false);
            return;
        }
        l.setVisible(true);
        l.setManaged(true);
        l.setText(right ? "Right" : wrongWord);
        l.setGraphic(new FontIcon(right ? "mdi2c-check-circle" : "mdi2c-close-circle"));
        if (!l.getStyleClass().contains("verdict")) l.getStyleClass().add("verdict");
        l.getStyleClass().add(right ? "verdict-right" : "verdict-wrong");
    }

    /** "In Next.js 16.4.6: … (source)". */
    public static Label note(Note note) {
        Label l = new Label("In Next.js 16.4.6: " + note.cited(), new FontIcon("mdi2l-lightbulb-on-outline"));
        l.getStyleClass().add("fidelity-note");
        l.setWrapText(true);
        return l;
    }

    /** One graded item: verdict, subject, why, and the note if any. */
    public static Node feedback(Feedback f, String wrongWord) {
        Label subject = new Label(f.subject());
        subject.getStyleClass().add("feedback-subject");
        subject.setWrapText(true);
        Label why = new Label(f.explanation());
        why.getStyleClass().add("feedback-why");
        why.setWrapText(true);
        VBox box = new VBox(verdict(f.right(), wrongWord), subject, why);
        if (f.note() != null) box.getChildren().add(note(f.note()));
        box.getStyleClass().addAll("feedback-item", f.right() ? "feedback-right" : "feedback-wrong");
        return box;
    }

    /** After a Check, scrolls {@code page} so that {@code target} (the feedback) starts in view. */
    public static void reveal(ScrollPane page, Node target) {
        Platform.runLater(() -> {
            page.layout();
            double content = page.getContent().getBoundsInLocal().getHeight();
            double viewport = page.getViewportBounds().getHeight();
            if (content <= viewport) return;
            double y = page.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
            double top = page.getVvalue() * (content - viewport);
            if (y < top || y > top + viewport * 0.6) {
                page.setVvalue(Math.max(0, Math.min(1, (y - viewport * 0.25) / (content - viewport))));
            }
        });
    }

    /**
     * Keeps {@code label} as tall as the tallest of {@code texts} would be at its width, whichever it shows, so
     * that changing its text never moves what is below it (the PR review's selected line above its checkboxes).
     */
    public static void reserveHeight(Label label, List<String> texts) {
        Runnable fit = () -> {
            double inner = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            if (inner <= 0) return;
            Text probe = new Text();
            probe.setFont(label.getFont());
            probe.setLineSpacing(label.getLineSpacing());
            probe.setWrappingWidth(inner);
            double max = 0;
            for (String t : texts) {
                probe.setText(t);
                max = Math.max(max, probe.getLayoutBounds().getHeight());
            }
            double h = Math.ceil(max + label.snappedTopInset() + label.snappedBottomInset()) + 1;
            if (h != label.getMinHeight()) {
                label.setMinHeight(h);
                label.setPrefHeight(h);
            }
        };
        label.widthProperty().addListener(o -> fit.run());
        label.fontProperty().addListener(o -> fit.run());
    }

    /** "See it in the explorer", or disabled with the reason when this build has no such scenario. */
    public static Button scenarioButton(String id, String scenarioId, boolean available, Runnable open) {
        Button b = new Button("See it in the explorer", new FontIcon("mdi2o-open-in-new"));
        b.setId(id);
        b.getStyleClass().add("scenario-link");
        if (available) {
            b.setOnAction(e -> open.run());
        } else {
            b.setDisable(true);
            b.setText("Scenario \u201c" + scenarioId + "\u201d is not in this build yet");
        }
        return b;
    }
}
