package dev.cachelab.cli;

import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The headless commands of {@code cachelab.jar}. None of them starts the JavaFX toolkit. Exit codes: 0 success,
 * 1 a check failed, 2 bad input or usage (one line on standard error, never a stack trace).
 */
public final class Cli {

    public static final String USAGE = String.join("\n",
            "usage: java -jar cachelab.jar [COMMAND]",
            "  (no command)          open the Cache Lab window",
            "  trace CASE.json       run a case or scenario; print what each step showed and its events, as JSON",
            "  check FILE...         run cases/scenarios and compare each step with its expectations",
            "  validate FILE...      check case, scenario, scenario-index and lesson files; print OK or the problems",
            "  bench [--cases DIR] [--steps N,N,...]",
            "                        print the engine's figures, and load, run and trace generated scenarios of N steps",
            "  bench-ui [--entries N] [--seconds S] [--display]",
            "                        frame pacing while the explorer animates N cache entries (headless by default)",
            "  snapshot --scenario ID --step N --out FILE.png [--width W --height H]",
            "                        render the explorer at a step to PNG, without a display",
            "  --version             print the version");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean isCommand(String arg) {
        return List.of("trace", "check", "validate", "bench", "bench-ui", "snapshot", "help", "--help", "-h", "--version")
                .contains(arg);
    }

    public int run(String[] args) {
        try {
            String cmd = args[0];
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (cmd) {
                case "trace" -> trace(rest);
                case "check" -> check(rest);
                case "validate" -> new ValidateCommand(out, err).run(rest);
                case "bench" -> new BenchCommand(out, err).run(rest);
                // these two start JavaFX (headless): only they load the ui package
                case "snapshot" -> new dev.cachelab.ui.tools.SnapshotCommand(out, err).run(rest);
                case "bench-ui" -> new dev.cachelab.ui.tools.FramePacingBench(out, err).run(rest);
                case "--version" -> {
                    out.println("Cache Lab " + version() + " (models Next.js 16.4.6)");
                    yield 0;
                }
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> usage("unknown command \"" + cmd + "\"");
            };
        } catch (RuntimeException e) {
            err.println("cachelab: internal error: " + e);
            return 1;
        }
    }

    public static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private int usage(String problem) {
        err.println("cachelab: " + problem);
        err.println(USAGE);
        return 2;
    }

    private int trace(List<String> args) {
        if (args.size() != 1) return usage("trace takes one file: trace CASE.json");
        return traceTo(Path.of(args.get(0)), out, err);
    }

    static int traceTo(Path file, PrintStream out, PrintStream err) {
        return TraceCommand.run(file, out, err);
    }

    private int check(List<String> args) {
        if (args.isEmpty()) return usage("check takes one or more files");
        int failed = 0;
        boolean badInput = false;
        for (String file : args) {
            try {
                Scenario scenario = ScenarioLoader.load(Path.of(file));
                if (!scenario.hasExpectations()) {
                    out.println(file + ": no expectations to check");
                    continue;
                }
                List<Conformance.Mismatch> mismatches = Conformance.check(scenario, Conformance.run(scenario));
                if (mismatches.isEmpty()) {
                    out.println(file + ": PASS");
                } else {
                    failed++;
                    out.println(file + ": FAIL");
                    for (Conformance.Mismatch m : mismatches) out.println("  " + m);
                }
            } catch (ContentException e) {
                err.println(e.getMessage());
                badInput = true;
            }
        }
        return badInput ? 2 : failed > 0 ? 1 : 0;
    }
}
