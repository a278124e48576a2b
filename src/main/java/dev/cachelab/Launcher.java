package dev.cachelab;

import dev.cachelab.cli.Cli;
import dev.cachelab.ui.shell.StartOptions;

import java.util.Arrays;

/**
 * Entry point. With a command ({@code trace}, {@code validate}, {@code bench}, …) it runs headless and never starts
 * the JavaFX toolkit; otherwise it opens the window, after checking the window's options ({@link StartOptions}:
 * a file to open, {@code --theme}, {@code --zoom}, {@code --presenter}, {@code --startup-probe}) so that a typo
 * gets one line and exit status 2. Not a JavaFX {@code Application}, so that {@code java -jar} works with JavaFX
 * on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        dev.cachelab.ui.shell.StartupProbe.mark("main()");
        if (args.length > 0 && Cli.isCommand(args[0])) {
            // bench-ui measures the window as java -jar runs it: in FastStart's JVM
            if (args[0].equals("bench-ui")) {
                int relaunched = FastStart.relaunch(args);
                if (relaunched >= 0) System.exit(relaunched);
            }
            System.exit(new Cli(System.out, System.err).run(args));
        }
        try {
            StartOptions.parse(Arrays.asList(args));
        } catch (StartOptions.BadOption e) {
            System.err.println("cachelab: " + e.getMessage());
            System.err.println(Cli.USAGE);
            System.err.println(StartOptions.USAGE);
            System.exit(2);
        }
        int relaunched = FastStart.relaunch(args);
        if (relaunched >= 0) System.exit(relaunched);
        // content loads on the other core while the toolkit starts
        if (!"false".equals(System.getProperty("cachelab.prefetch"))) {
            dev.cachelab.scenario.BuiltInScenarios.prefetch();
            dev.cachelab.ui.lessons.LearningPathScreen.prefetch();
        }
        dev.cachelab.ui.shell.CacheLabApp.launchApp(args);
    }
}
