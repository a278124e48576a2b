package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.ScenarioExtras;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario's Server Action or Route Handler, read-only, with its five seams (parse, authorize, mutate,
 * revalidate, return) marked in the gutter and the running line highlighted in step with the animation. Long lines
 * wrap (a narrow panel, a high zoom), and the running line is kept in view.
 */
final class CodePanel {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>//[^\\n]*)|(?<string>'[^'\\n]*'|\"[^\"\\n]*\"|`[^`\\n]*`)"
                    + "|(?<keyword>\\b(?:export|async|function|await|const|return|import|from|if|new)\\b)"
                    + "|(?<api>\\b(?:updateTag|revalidateTag|revalidatePath|refresh|redirect|cacheTag|cacheLife)\\b)");

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new CodeScroll(area);
    private final ObservableList<ScenarioExtras.CodeLine> code;
    private final ReadOnlyObjectProperty<List<Integer>> running;

    CodePanel(ObservableList<ScenarioExtras.CodeLine> code, ReadOnlyObjectProperty<List<Integer>> running) {
        this.code = code;
        this.running = running;
        area.setEditable(false);
        area.setId("codeArea");
        area.getStyleClass().add("code-panel");
        area.setWrapText(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("code-scroll");
        area.setParagraphGraphicFactory(this::gutter);
        code.addListener((ListChangeListener<ScenarioExtras.CodeLine>) c -> render());
        running.addListener((o, a, b) -> highlight());
        render();
    }

    /** A line's gutter: its number, then its seam right-aligned against the code (no gap between them). */
    private Node gutter(int i) {
        Label number = new Label(String.valueOf(i + 1));
        number.getStyleClass().add("code-lineno");
        String seamName = i < code.size() && code.get(i).seam() != null ? code.get(i).seam() : "";
        Label seam = new Label(seamName);
        seam.getStyleClass().addAll("seam-label", "seam-" + (seamName.isEmpty() ? "none" : seamName));
        seam.setAlignment(Pos.CENTER_RIGHT);
        HBox box = new HBox(number, seam);
        box.getStyleClass().add("code-gutter");
        return box;
    }

    Node node() {
        return scroll;
    }

    CodeArea area() {
        return area;
    }

    private void render() {
        String text = code.isEmpty() ? "// This scenario shows no code." : String.join("\n",
                code.stream().map(ScenarioExtras.CodeLine::text).toList());
        area.replaceText(text);
        area.setStyleSpans(0, spans(text));
        highlight();
    }

    private void highlight() {
        List<Integer> lines = running.get();
        int n = area.getParagraphs().size();
        for (int i = 0; i < n; i++) {
            boolean on = lines.contains(i + 1);
            Collection<String> want = on ? List.of("current-line") : Collections.emptyList();
            if (!area.getParagraph(i).getParagraphStyle().equals(want)) area.setParagraphStyle(i, want);
        }
        if (!lines.isEmpty() && lines.get(0) <= n) keepInView(lines.get(0) - 1, lines.get(lines.size() - 1) - 1);
    }

    /** Scrolls only when the running lines are not comfortably inside the view, and then centres them. */
    private void keepInView(int first, int last) {
        try {
            int top = area.firstVisibleParToAllParIndex();
            int bottom = area.lastVisibleParToAllParIndex();
            boolean inside = first > top || first == 0;
            inside &= last < bottom || last == area.getParagraphs().size() - 1;
            if (inside && first >= top && last <= bottom) return;
        } catch (RuntimeException notLaidOutYet) {
            // no paragraph is visible before the first layout: centre it
        }
        area.showParagraphAtCenter(first);
    }

    /**
     * The code's scroll pane. Flowless decides whether a scroll bar shows only when the code under it has been laid
     * out, after the pane has placed its bars: a bar that appears then stays unplaced (a grey block over the line
     * numbers) until the next pass, which an offscreen snapshot never gets. So the code is laid out first, and a
     * pass that shows or hides a bar is run once more.
     */
    private static final class CodeScroll extends VirtualizedScrollPane<CodeArea> {

        CodeScroll(CodeArea area) {
            super(area);
        }

        private String bars() {
            StringBuilder b = new StringBuilder();
            for (Node n : getChildrenUnmodifiable()) if (n instanceof ScrollBar bar) b.append(bar.isVisible() ? '1' : '0');
            return b.toString();
        }

        @Override
        protected void layoutChildren() {
            String before = bars();
            super.layoutChildren();
            getContent().layout();
            if (!before.equals(bars())) super.layoutChildren();
        }
    }

    private static StyleSpans<Collection<String>> spans(String text) {
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String cls = m.group("comment") != null ? "code-comment" : m.group("string") != null ? "code-string"
                    : m.group("keyword") != null ? "code-keyword" : "code-api";
            b.add(Collections.emptyList(), m.start() - last);
            b.add(Collections.singleton(cls), m.end() - m.start());
            last = m.end();
        }
        b.add(Collections.emptyList(), text.length() - last);
        return b.create();
    }
}
