package dev.cachelab.ui.common;

import dev.cachelab.ui.theme.ThemeManager;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

/**
 * Labels that wrap at a set width and are always tall enough for every line. A dialog sizes its content from
 * preferred sizes, and a wrapping label's preferred height is that of one unwrapped line unless its parent asks at
 * a width: such a label gets cut to "…". These labels bind their minimum height to the height their text needs at
 * their width, so they never are.
 */
public final class Wrapping {

    private Wrapping() {
    }

    /** One em in px at the zoom in effect. */
    public static double em() {
        ThemeManager t = ThemeManager.active();
        return t == null ? ThemeManager.BASE_FONT_PX : ThemeManager.fontSizePx(t.effectiveZoom());
    }

    /** A label of {@code text} that wraps at {@code widthEm} (in em at the current zoom). */
    public static Label label(String text, double widthEm) {
        Label l = new Label(text);
        wrapAt(l, widthEm * em());
        return l;
    }

    /** Makes {@code l} wrap at {@code widthPx} and never be cut short in height. */
    public static Label wrapAt(Label l, double widthPx) {
        l.setWrapText(true);
        l.setPrefWidth(widthPx);
        l.setMaxWidth(widthPx);
        l.minHeightProperty().bind(Bindings.createDoubleBinding(() -> l.getSkin() == null ? 0 : l.prefHeight(widthPx),
                l.textProperty(), l.fontProperty(), l.skinProperty(), l.paddingProperty(), l.graphicProperty()));
        return l;
    }
}
