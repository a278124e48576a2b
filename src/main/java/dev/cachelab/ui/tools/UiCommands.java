package dev.cachelab.ui.tools;

import dev.cachelab.cli.Command;

import java.io.PrintStream;
import java.util.List;

/**
 * The two commands that start JavaFX (headless), registered with the CLI by the launcher. Each is a small entry
 * that builds its command only when run, so listing them loads no JavaFX class.
 */
public final class UiCommands {

    private UiCommands() {
    }

    public static List<Command> all() {
        return List.of(new Snapshot(), new BenchUi());
    }

    private static final class Snapshot implements Command {
        @Override
        public String name() {
            return "snapshot";
        }

        @Override
        public String usage() {
            return String.join("\n",
                    "  snapshot (--scenario ID | --file F.json) --step N --out FILE.png [--width W --height H] [--zoom 100..200]",
                    "           [--presenter] [--details] [--what-if TOOL[@SITE]] [--theme light|dark|high-contrast]",
                    "           [--frame MS]",
                    "                        render the explorer at a step to PNG, without a display");
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            return new SnapshotCommand(out, err).run(args);
        }
    }

    private static final class BenchUi implements Command {
        @Override
        public String name() {
            return "bench-ui";
        }

        @Override
        public String usage() {
            return String.join("\n",
                    "  bench-ui [--entries N] [--seconds S] [--steps N,N,...] [--no-large] [--no-pacing] [--display]",
                    "                        frame pacing while the explorer animates N cache entries, then opening, Back and",
                    "                        scrubbing generated scenarios of 1,000, 10,000 and 100,000 steps (headless by default)");
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            return new FramePacingBench(out, err).run(args);
        }

        @Override
        public boolean runsInTheWindowsJvm() {
            return true;
        }
    }
}
