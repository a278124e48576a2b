package dev.cachelab.ui.shell;

import java.util.List;

/**
 * Every keyboard shortcut of the app, in one place: the shortcut sheet ({@code ?}) shows this list and the README
 * copies it. Keys are written as a person reads them ("Ctrl" stands for Cmd on macOS).
 */
public final class Shortcuts {

    public record Shortcut(List<String> keys, String action) { }

    public record Group(String title, List<Shortcut> shortcuts) { }

    private Shortcuts() {
    }

    private static Shortcut s(String action, String... keys) {
        return new Shortcut(List.of(keys), action);
    }

    public static final List<Group> ALL = List.of(
            new Group("General", List.of(
                    s("Show this sheet", "?", "F1"),
                    s("Open a scenario or case file", "Ctrl+O"),
                    s("Reload the open file", "Ctrl+R"),
                    s("Export the frame as PNG", "Ctrl+E"),
                    s("Menus (then arrows, Enter)", "F10"),
                    s("Move between controls", "Tab", "Shift+Tab"),
                    s("Full screen", "F11"),
                    s("Quit", "Ctrl+Q"))),
            new Group("Explorer", List.of(
                    s("Next step (a prediction asks first)", "→", "Ctrl+→"),
                    s("Previous step (replays to it)", "←", "Ctrl+←"),
                    s("Play / pause", "Space"),
                    s("Back to the start", "Home"),
                    s("Close compare mode", "Esc"),
                    s("Why? for the focused card", "Enter"),
                    s("Details on every card", "D"),
                    s("The side panel: code, Why?, notes, steps, events", "C"),
                    s("The original run / the what-if", "O"),
                    s("Try it, while presenting", "T"))),
            new Group("Lessons: sort into buckets", List.of(
                    s("Jump to the first card to place", "Alt+C"),
                    s("Put the focused card in bucket 1–4", "1", "2", "3", "4"),
                    s("Put it back with the cards", "0", "Backspace"),
                    s("A menu of the buckets", "Enter"))),
            new Group("View", List.of(
                    s("Zoom in / out", "Ctrl+=", "Ctrl+-"),
                    s("Actual size (100 %)", "Ctrl+0"),
                    s("Next theme (light, dark, high contrast)", "Ctrl+Shift+T"),
                    s("Reduce motion on / off", "Ctrl+Shift+M"))),
            new Group("Presenter mode", List.of(
                    s("Start / stop presenter mode", "F5"),
                    s("Next step", "Page Down", "Space", "→"),
                    s("Previous step", "Page Up", "←", "Backspace"),
                    s("Back to the start", "Home"),
                    s("Blank the screen / show it again", "B", "."),
                    s("Spotlight that follows the mouse", "S"),
                    s("Speaker notes window", "N"),
                    s("Leave presenter mode", "Esc"))));
}
