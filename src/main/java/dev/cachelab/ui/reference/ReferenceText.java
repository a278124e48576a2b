package dev.cachelab.ui.reference;

import dev.cachelab.reference.RefTokens;
import dev.cachelab.reference.Reference;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.Cursor;

/**
 * A text whose references are links: a rule (R16), a spec section (§4.5) or a finding (F3) opens the Reference
 * panel; a conformance case name plays that case in the explorer. Everything else is plain text.
 */
public final class ReferenceText {

    private ReferenceText() {
    }

    /** The text as a flow of plain runs and links; links fire their {@link ReferenceEvent} from themselves. */
    public static TextFlow of(String text, String styleClass) {
        return of(text, styleClass, null);
    }

    /**
     * As {@link #of(String, String)}, but the links fire from {@code source} (a node in the main window) — for text
     * shown in a popup, whose own scene does not reach the window's root.
     */
    public static TextFlow of(String text, String styleClass, Node source) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("reference-text", styleClass);
        Reference ref = Reference.bundled();
        int at = 0;
        for (RefTokens.Token t : RefTokens.scan(text, ref.cases())) {
            boolean known = t.kind() == RefTokens.Kind.CASE || ref.find(t.target()).isPresent();
            if (!known) continue;
            if (t.start() > at) flow.getChildren().add(run(text.substring(at, t.start())));
            // a case name is long and unbreakable: as text it wraps like the sentence around it (its Play button in the
            // Reference panel is the keyboard's way to it); rules, sections and findings are short, focusable links
            flow.getChildren().add(t.kind() == RefTokens.Kind.CASE ? caseLink(t, source) : link(t, source));
            at = t.end();
        }
        if (at < text.length()) flow.getChildren().add(run(text.substring(at)));
        flow.setAccessibleText(text);
        return flow;
    }

    private static Text run(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("reference-run");
        return t;
    }

    private static Text caseLink(RefTokens.Token t, Node source) {
        Text c = new Text(t.text());
        c.getStyleClass().addAll("reference-run", "ref-case");
        c.setId("refCase-" + t.target());
        c.setCursor(Cursor.HAND);
        c.setUnderline(true);
        c.setOnMouseClicked(e -> (source != null ? source : c).fireEvent(new ReferenceEvent(ReferenceEvent.PLAY_CASE, t.target())));
        return c;
    }

    private static Hyperlink link(RefTokens.Token t, Node source) {
        Hyperlink h = new Hyperlink(t.text());
        boolean play = t.kind() == RefTokens.Kind.CASE;
        h.getStyleClass().addAll("ref-link", play ? "ref-case" : "ref-entry");
        h.setId((play ? "refCase-" : "refLink-") + t.target().replace("§", "S").replace('.', '-'));
        h.setAccessibleHelp(play ? "plays this observed case in the explorer" : "opens the Reference panel");
        h.setOnAction(e -> {
            Node from = source != null ? source : h;
            from.fireEvent(new ReferenceEvent(play ? ReferenceEvent.PLAY_CASE : ReferenceEvent.OPEN, t.target()));
            h.setVisited(false);
        });
        return h;
    }
}
