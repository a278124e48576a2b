package dev.cachelab.ui.reference;

import dev.cachelab.reference.Evidence;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;

/** The evidence pieces every screen shows the same way: the badge, and the badge with its linked reference. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /** "In Next.js 16.4.6" for measured and source claims, "Cache Lab's model" for modelled ones. */
    public static String lead(Evidence e) {
        return e.lead();
    }

    /** The badge, then the reference with its rules, sections, findings and cases as links. */
    public static Node line(Evidence e) {
        EvidenceBadge badge = new EvidenceBadge(e);
        TextFlow ref = ReferenceText.of(e.ref(), "evidence-ref");
        ref.setMinWidth(0);
        HBox.setHgrow(ref, Priority.ALWAYS);
        HBox box = new HBox(6, badge, ref);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMinWidth(0);
        box.getStyleClass().add("evidence-line");
        box.getStylesheets().add(EvidenceBadge.stylesheet());
        return box;
    }

    /** A lead label ("In Next.js 16.4.6: " or "Cache Lab's model: ") for a claim's text. */
    public static Label leadLabel(Evidence e) {
        Label l = new Label(e.lead() + ":");
        l.getStyleClass().addAll("evidence-lead", e.aboutNextJs() ? "evidence-lead-real" : "evidence-lead-model");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
