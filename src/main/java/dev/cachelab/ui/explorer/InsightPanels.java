package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.ScenarioExtras;
import dev.cachelab.ui.explorer.model.WhyLine;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import javafx.geometry.Insets;

/** The explorer's teaching panels: reality notes, "why is this stale?", and predict-then-reveal. */
final class InsightPanels {

    private InsightPanels() {
    }

    /**
     * Notes where real Next.js differs from the simple story: {@code currentOnly} shows the notes of the step just
     * run (beside the pipeline); otherwise every note so far, newest first (a side tab).
     */
    static Node notes(ExplorerViewModel vm, boolean currentOnly) {
        VBox box = new VBox(6);
        box.setId(currentOnly ? "currentNotes" : "notesPanel");
        box.getStyleClass().add("notes-panel");
        Runnable update = () -> {
            box.getChildren().clear();
            List<ScenarioExtras.RealityNote> notes = currentOnly
                    ? vm.notes().stream().filter(n -> n.step() == vm.positionProperty().get() - 1).toList() : vm.notes();
            for (int i = notes.size() - 1; i >= 0; i--) {
                box.getChildren().add(InsightEvidence.noteCard(notes.get(i)));
            }
            if (!currentOnly && notes.isEmpty()) {
                Label none = new Label("No note yet: where a step's real behaviour differs from the simple story,"
                        + " a note with its source appears here.");
                none.setWrapText(true);
                none.getStyleClass().add("card-note");
                box.getChildren().add(none);
            }
            box.setVisible(!box.getChildren().isEmpty());
            box.setManaged(!box.getChildren().isEmpty());
        };
        vm.notes().addListener((ListChangeListener<ScenarioExtras.RealityNote>) c -> update.run());
        vm.positionProperty().addListener((o, a, b) -> update.run());
        update.run();
        if (currentOnly) return box;
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        box.setPadding(new Insets(6));
        return scroll;
    }

    static Node why(ExplorerViewModel vm) {
        Label subject = new Label();
        subject.getStyleClass().add("why-subject");
        subject.setId("whySubject");
        VBox lines = new VBox(4);
        lines.setId("whyLines");
        Label hint = new Label("Click a cache entry or a page in the pipeline to see why it is fresh or stale, back to"
                + " the call that caused it — or click what the user or the other visitor sees, to see where it came from.");
        hint.setWrapText(true);
        hint.getStyleClass().add("card-note");
        Runnable update = () -> {
            subject.setText(vm.why().subjectProperty().get());
            lines.getChildren().clear();
            for (WhyLine l : vm.why().linesProperty().get()) lines.getChildren().add(InsightEvidence.whyLine(l));
            hint.setVisible(lines.getChildren().isEmpty());
            hint.setManaged(lines.getChildren().isEmpty());
        };
        vm.why().linesProperty().addListener((o, a, b) -> update.run());
        update.run();
        VBox box = new VBox(6, subject, hint, lines);
        box.getStyleClass().add("why-panel");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("whyPanel");
        return scroll;
    }

    /** The question before a step, with its choices; after the step, the answer and why. */
    static Node prediction(ExplorerViewModel vm) {
        VBox box = new VBox(6);
        box.setId("predictionPanel");
        box.getStyleClass().add("prediction-panel");
        Predictions p = vm.predictions();
        Runnable update = () -> {
            box.getChildren().clear();
            ScenarioExtras.Prediction q = p.pending();
            String reveal = p.revealProperty().get();
            if (q != null) {
                Label head = new Label("Predict: " + q.question(), new FontIcon("mdi2h-help-circle-outline"));
                head.setWrapText(true);
                head.setMinHeight(Region.USE_PREF_SIZE);
                head.getStyleClass().add("prediction-question");
                FlowPane choices = new FlowPane(8, 6);
                for (int i = 0; i < q.choices().size(); i++) {
                    int choice = i;
                    Button b = new Button(q.choices().get(i));
                    b.setId("predictChoice" + i);
                    b.setWrapText(true);
                    b.setOnAction(e -> p.answer(choice));
                    choices.getChildren().add(b);
                }
                Button skip = new Button("Just show me");
                skip.setId("predictSkip");
                skip.getStyleClass().add("flat");
                skip.setOnAction(e -> p.skip());
                choices.getChildren().add(skip);
                box.getChildren().addAll(head, choices);
            } else if (!reveal.isEmpty()) {
                boolean ok = p.revealCorrectProperty().get();
                Label text = new Label(reveal, new FontIcon(ok ? "mdi2c-check-circle" : "mdi2c-close-circle"));
                text.setWrapText(true);
                text.setId("predictionReveal");
                text.getStyleClass().add(ok ? "reveal-right" : "reveal-wrong");
                Button close = new Button("", new FontIcon("mdi2c-close"));
                close.setId("predictDismiss");
                close.getStyleClass().add("flat");
                close.setOnAction(e -> p.dismiss());
                text.setMaxWidth(Double.MAX_VALUE);
                text.setMinHeight(Region.USE_PREF_SIZE);
                HBox.setHgrow(text, Priority.ALWAYS);
                box.getChildren().addAll(new HBox(8, text, close), InsightEvidence.predictionEvidence(p.revealed()));
            }
            box.setVisible(!box.getChildren().isEmpty());
            box.setManaged(!box.getChildren().isEmpty());
        };
        p.pendingProperty().addListener((o, a, b) -> update.run());
        p.revealProperty().addListener((o, a, b) -> update.run());
        update.run();
        return box;
    }
}
