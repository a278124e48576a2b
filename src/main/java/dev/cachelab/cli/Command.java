package dev.cachelab.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of {@code cachelab.jar} ({@code trace}, {@code validate}, …). {@link Cli} runs the commands it is
 * given: its own headless ones ({@link Cli#builtIns}) and those the launcher adds from the UI layer ({@code snapshot},
 * {@code bench-ui}), so that this package never names the UI.
 */
public interface Command {

    /** The word that selects it, e.g. "trace". */
    String name();

    /** Its lines of the usage text, indented as {@link Cli#usage()} prints them. */
    String usage();

    /** Runs it: 0 success, 1 a check failed, 2 bad input or usage (one line on {@code err}). */
    int run(List<String> args, PrintStream out, PrintStream err);

    /**
     * True for a command that measures the window as {@code java -jar} starts it, and so must run in the JVM that
     * {@code java -jar}'s relaunch gives the window ({@code bench-ui}).
     */
    default boolean runsInTheWindowsJvm() {
        return false;
    }
}
