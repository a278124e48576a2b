package dev.cachelab.ui.explorer;

import dev.cachelab.reference.Evidence;
import dev.cachelab.scenario.ScenarioExtras;
import dev.cachelab.ui.explorer.model.WhyLine;
import dev.cachelab.ui.reference.EvidenceBadge;
import dev.cachelab.ui.reference.EvidenceViews;
import dev.cachelab.ui.reference.ReferenceText;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How the explorer's Notes, Why? and prediction answers show their evidence: a badge with a shape and a word, and
 * the reference with its rules, spec sections, findings and cases as links to the Reference panel. Only measured and
 * source claims are headed "In Next.js 16.4.6"; a modelled one is headed "Cache Lab's model".
 */
final class InsightEvidence {

    private InsightEvidence() {
    }

    /** A note card: lead and step with the badge, the note, and its linked reference. */
    static Node noteCard(ScenarioExtras.RealityNote n) {
        Evidence e = n.evidence();
        Label head = new Label(e.lead() + " \u00b7 step " + (n.step() + 1), new FontIcon("mdi2i-information-outline"));
        head.getStyleClass().add("note-source");
        head.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane top = new FlowPane(6, 2, head, new EvidenceBadge(e));
        top.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(n.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("note-text");
        TextFlow ref = ReferenceText.of(e.ref(), "evidence-ref");
        VBox card = new VBox(2, top, text, ref);
        card.getStyleClass().add("note-card");
        card.getStylesheets().add(EvidenceBadge.stylesheet());
        return card;
    }

    /** One Why? line: its text (references as links), and for a claim about Next.js, its badge and reference. */
    static Node whyLine(WhyLine l) {
        TextFlow text = ReferenceText.of(l.text(), l.history() ? "why-history" : "why-line");
        if (l.evidence() == null) return text;
        VBox box = new VBox(1, text, EvidenceViews.line(l.evidence()));
        box.getStyleClass().add("why-claim");
        return box;
    }

    /** Under a revealed prediction: how its explanation is known. */
    static Node predictionEvidence(ScenarioExtras.Prediction p) {
        return p == null || p.evidence() == null ? new VBox() : EvidenceViews.line(p.evidence());
    }
}
