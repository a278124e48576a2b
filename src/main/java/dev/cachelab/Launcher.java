package dev.cachelab;

import dev.cachelab.cli.Cli;
import dev.cachelab.cli.Command;
import dev.cachelab.scenario.BuiltInScenarios;
import dev.cachelab.ui.lessons.LearningPathScreen;
import dev.cachelab.ui.shell.CacheLabApp;
import dev.cachelab.ui.shell.StartOptions;
import dev.cachelab.ui.shell.StartupProbe;
import dev.cachelab.ui.tools.UiCommands;

import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point. With a command ({@code trace}, {@code validate}, {@code bench}, …) it runs headless and never starts
 * the JavaFX toolkit; otherwise it opens the window, after checking the window's options ({@link StartOptions}:
 * a file to open, {@code --theme}, {@code --zoom}, {@code --presenter}, {@code --startup-probe}) so that a typo
 * gets one line and exit status 2. Not a JavaFX {@code Application}, so that {@code java -jar} works with JavaFX
 * on the class path. It hands the CLI its commands: the headless ones and the UI layer's two.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main()");
        Cli cli = new Cli(System.out, System.err, Cli.standardWith(UiCommands.all()));
        if (args.length > 0 && cli.isCommand(args[0])) {
            // bench-ui measures the window as java -jar runs it: in FastStart's JVM
            Optional<Command> command = cli.command(args[0]);
            if (command.isPresent() && command.get().runsInTheWindowsJvm()) {
                int relaunched = FastStart.relaunch(args);
                if (relaunched >= 0) System.exit(relaunched);
            }
            System.exit(cli.run(args));
        }
        try {
            StartOptions.parse(Arrays.asList(args));
        } catch (StartOptions.BadOption e) {
            System.err.println("cachelab: " + e.getMessage());
            System.err.println(cli.usage());
            System.err.println(StartOptions.USAGE);
            System.exit(2);
        }
        int relaunched = FastStart.relaunch(args);
        if (relaunched >= 0) System.exit(relaunched);
        // content loads on the other core while the toolkit starts
        if (!"false".equals(System.getProperty("cachelab.prefetch"))) {
            BuiltInScenarios.prefetch();
            LearningPathScreen.prefetch();
        }
        CacheLabApp.launchApp(args);
    }
}
