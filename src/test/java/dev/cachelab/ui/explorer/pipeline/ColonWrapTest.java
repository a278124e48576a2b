package dev.cachelab.ui.explorer.pipeline;

import dev.cachelab.ui.Fx;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A tag in a narrow column breaks after a colon, never inside a word. */
@ExtendWith(ApplicationExtension.class)
class ColonWrapTest {

    @Start
    void start(Stage stage) {
    }

    private static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void breaksAfterColonsOnlyWhenTheTagDoesNotFit() throws Exception {
        Fx.call(() -> {
            Font f = Font.font("Monospaced", 13);
            String tag = "invoices:record:org1:42";
            assertThat(ColonWrap.wrap(tag, width(tag, f) + 1, f)).isEqualTo(tag);
            assertThat(ColonWrap.wrap(tag, 0, f)).isEqualTo(tag);                   // width not known yet
            String two = ColonWrap.wrap(tag, width("invoices:record:", f) + 1, f);
            assertThat(two).isEqualTo("invoices:record:\norg1:42");
            // every line fits, and joined again the lines are the tag: no character lost, none broken apart
            for (String line : two.split("\n")) assertThat(width(line, f)).isLessThanOrEqualTo(width("invoices:record:", f) + 1);
            assertThat(two.replace("\n", "")).isEqualTo(tag);
            // a part wider than the room keeps a line of its own, whole
            assertThat(ColonWrap.wrap(tag, width("org1:", f), f)).isEqualTo("invoices:\nrecord:\norg1:\n42");
            return null;
        });
    }
}
