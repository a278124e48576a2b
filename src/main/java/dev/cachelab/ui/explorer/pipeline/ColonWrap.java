package dev.cachelab.ui.explorer.pipeline;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Breaks an identifier made of colon-separated parts ({@code invoices:record:org1:42}) into lines after colons. */
final class ColonWrap {

    private ColonWrap() {
    }

    /**
     * {@code id} as lines no wider than {@code room} px in {@code font}, each break after a colon; {@code id} as it is
     * when it fits (or when {@code room} is not known yet). A part wider than the room on its own keeps a line to itself.
     */
    static String wrap(String id, double room, Font font) {
        if (room <= 0 || width(id, font) <= room) return id;
        String[] parts = id.split("(?<=:)");
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && width(line + part, font) > room) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(part);
        }
        return out.append(line).toString();
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        if (font != null) t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
