package dev.cachelab.ui.explorer;

import dev.cachelab.scenario.ScenarioExtras;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario's Server Action or Route Handler, read-only, with its five seams (parse, authorize, mutate,
 * revalidate, return) marked in the gutter and the running line highlighted in step with the animation.
 */
final class CodePanel {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>//[^\\n]*)|(?<string>'[^'\\n]*'|\"[^\"\\n]*\"|`[^`\\n]*`)"
                    + "|(?<keyword>\\b(?:export|async|function|await|const|return|import|from|if|new)\\b)"
                    + "|(?<api>\\b(?:updateTag|revalidateTag|revalidatePath|refresh|redirect|cacheTag|cacheLife)\\b)");

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final ObservableList<ScenarioExtras.CodeLine> code;
    private final ReadOnlyIntegerProperty line;

    CodePanel(ObservableList<ScenarioExtras.CodeLine> code, ReadOnlyIntegerProperty line) {
        this.code = code;
        this.line = line;
        area.setEditable(false);
        area.setId("codeArea");
        area.getStyleClass().add("code-panel");
        area.setWrapText(false);
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(i -> {
            Label seam = new Label(i < code.size() && code.get(i).seam() != null ? code.get(i).seam() : "");
            seam.getStyleClass().addAll("seam-label", "seam-" + seam.getText());
            seam.setMinWidth(seam.getText().isEmpty() ? 0 : javafx.scene.layout.Region.USE_PREF_SIZE);
            return new HBox(numbers.apply(i), seam);
        });
        code.addListener((ListChangeListener<ScenarioExtras.CodeLine>) c -> render());
        line.addListener((o, a, b) -> highlight());
        render();
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
        int current = line.get();
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            area.setParagraphStyle(i, i == current - 1 ? List.of("current-line") : Collections.emptyList());
        }
        if (current > 0 && current <= area.getParagraphs().size()) area.showParagraphInViewport(current - 1);
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
