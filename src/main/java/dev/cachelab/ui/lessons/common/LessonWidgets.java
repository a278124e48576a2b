package dev.cachelab.ui.lessons.common;

import dev.cachelab.lesson.Feedback;
import dev.cachelab.lesson.Note;
import dev.cachelab.reference.Evidence;
import dev.cachelab.ui.reference.EvidenceBadge;
import dev.cachelab.ui.reference.EvidenceViews;
import dev.cachelab.ui.reference.ReferenceText;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.TextFlow;
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
 * reads without colour), a fidelity note with its evidence, and one feedback item. Rule numbers, spec sections and
 * case names in their texts are links to the Reference panel.
 */
public final class LessonWidgets {

    public static final String STYLESHEET = "/dev/cachelab/ui/lessons/common/lessons.css";

    private LessonWidgets() {
    }

    public static String stylesheet() {
        return LessonWidgets.class.getResource(STYLESHEET).toExternalForm();
    }

    public static Node header(String title, String intro) {
        return new LessonHeader(title, intro);
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

    /**
     * "In Next.js 16.4.6:" (measured or read from the source) or "Cache Lab's model:" (modelled) with the evidence
     * badge, the note, and its reference with links.
     */
    public static VBox note(Note note) {
        Label lead = EvidenceViews.leadLabel(note.evidence());
        FlowPane head = new FlowPane(6, 2, new FontIcon("mdi2l-lightbulb-on-outline"), lead, new EvidenceBadge(note.evidence()));
        head.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(note.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.getStyleClass().add("fidelity-text");
        TextFlow ref = ReferenceText.of(note.evidence().ref(), "evidence-ref");
        VBox box = new VBox(2, head, text, ref);
        box.getStyleClass().add("fidelity-note");
        box.getStylesheets().add(EvidenceBadge.stylesheet());
        return box;
    }

    /** An explanation whose rule numbers and case names are links. */
    public static TextFlow explanation(String text, String styleClass) {
        return ReferenceText.of(text, styleClass);
    }

    /** The badge and linked reference of an explanation's claim, or nothing when it makes none. */
    public static Node evidence(Evidence e) {
        return e == null ? new VBox() : EvidenceViews.line(e);
    }

    /** One graded item: verdict, subject, why, and the note if any. */
    public static Node feedback(Feedback f, String wrongWord) {
        Label subject = new Label(f.subject());
        subject.getStyleClass().add("feedback-subject");
        subject.setWrapText(true);
        TextFlow why = explanation(f.explanation(), "feedback-why");
        VBox box = new VBox(verdict(f.right(), wrongWord), subject, why);
        if (f.evidence() != null) box.getChildren().add(EvidenceViews.line(f.evidence()));
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
