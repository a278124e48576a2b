package dev.cachelab;

import dev.cachelab.cli.Cli;

/**
 * Entry point. With a command ({@code trace}, {@code validate}, {@code bench}, …) it runs headless and never starts
 * the JavaFX toolkit; with no arguments it opens the window. Not a JavaFX {@code Application}, so that
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        if (args.length > 0 && !args[0].startsWith("--")) {
            System.err.println("cachelab: unknown command \"" + args[0] + "\"");
            System.err.println(Cli.USAGE);
            System.exit(2);
        }
        dev.cachelab.ui.shell.CacheLabApp.launchApp(args);
    }
}
