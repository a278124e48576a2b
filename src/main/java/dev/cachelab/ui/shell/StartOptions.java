package dev.cachelab.ui.shell;

import dev.cachelab.ui.theme.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The window's command-line options (pure Java: the Launcher parses them before JavaFX starts, so a typo gets a
 * one-line error and exit status 2 instead of a window).
 */
public record StartOptions(boolean startupProbe, boolean presenter, Theme theme, Integer zoom, Path open, boolean fresh) {

    public static final String USAGE = String.join("\n",
            "window options: java -jar cachelab.jar [OPTIONS] [FILE.json]",
            "  FILE.json / --open FILE   open a scenario or case file",
            "  --theme light|dark|high-contrast",
            "  --zoom 100..200           zoom in percent",
            "  --presenter               start in presenter mode (F5 leaves it)",
            "  --fresh                   start with the default settings and remember nothing (a demo machine)",
            "  --startup-probe           open the window, print first-frame-ms=N (JVM start to first frame), exit");

    public static final StartOptions DEFAULT = new StartOptions(false, false, null, null, null, false);
    /**
     * Default settings, no saved preferences read or written, no last scenario restored, the motion scale the window
     * is handed left as it is: what an app embedded in a test gets ({@link CacheLabApp#start(javafx.stage.Stage)} when it was
     * not launched), so tests never depend on, or change, a developer's settings.
     */
    public static final StartOptions FRESH = new StartOptions(false, false, null, null, null, true);

    /** Thrown for a bad option; the message is the one line to print. */
    public static final class BadOption extends Exception {
        public BadOption(String message) {
            super(message, null, false, false);
        }
    }

    public static StartOptions parse(List<String> args) throws BadOption {
        boolean probe = false;
        boolean presenter = false;
        boolean fresh = false;
        Theme theme = null;
        Integer zoom = null;
        Path open = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--startup-probe" -> probe = true;
                case "--presenter" -> presenter = true;
                case "--fresh" -> fresh = true;
                case "--theme", "--zoom", "--open" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) throw new BadOption(name + " needs a value");
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--theme" -> {
                            theme = Theme.fromKey(value);
                            if (theme == null) throw new BadOption("--theme: unknown theme \"" + value + "\"; expected light, dark or high-contrast");
                        }
                        case "--zoom" -> {
                            try {
                                zoom = Integer.parseInt(value.trim().replace("%", ""));
                            } catch (NumberFormatException e) {
                                throw new BadOption("--zoom: \"" + value + "\" is not a number; expected 100 to 200");
                            }
                            if (zoom < 100 || zoom > 200) throw new BadOption("--zoom: " + zoom + " is out of range; expected 100 to 200");
                        }
                        default -> open = file(value);
                    }
                }
                default -> {
                    if (a.startsWith("-")) throw new BadOption("unknown option \"" + a + "\"");
                    if (!a.toLowerCase(Locale.ROOT).endsWith(".json")) throw new BadOption("unknown command \"" + a + "\"");
                    open = file(a);
                }
            }
        }
        return new StartOptions(probe, presenter, theme, zoom, open, fresh);
    }

    private static Path file(String value) throws BadOption {
        Path p = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) throw new BadOption(value + ": no such file");
        return p;
    }

    /** Like {@link #parse} for the app itself: options were checked by the Launcher, so problems give defaults. */
    public static StartOptions parseOrDefault(List<String> args) {
        try {
            return parse(args);
        } catch (BadOption e) {
            return DEFAULT;
        }
    }
}
