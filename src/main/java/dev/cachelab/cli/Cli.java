package dev.cachelab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commands of {@code cachelab.jar}: the headless ones of this package ({@link #builtIns}) and any the launcher
 * adds (the UI layer's {@code snapshot} and {@code bench-ui}). Exit codes: 0 success, 1 a check failed, 2 bad input
 * or usage (one line on standard error, never a stack trace).
 */
public final class Cli {

    private static final String HEADER = String.join("\n",
            "usage: java -jar cachelab.jar [COMMAND]",
            "  (no command)          open the Cache Lab window");
    private static final String FOOTER = "  --version             print the version";
    private static final List<String> OWN = List.of("help", "--help", "-h", "--version");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** The headless commands only. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, builtIns(ContentKinds.standard()));
    }

    public Cli(PrintStream out, PrintStream err, List<Command> commands) {
        this.out = out;
        this.err = err;
        for (Command c : commands) {
            if (OWN.contains(c.name()) || this.commands.putIfAbsent(c.name(), c) != null) {
                throw new IllegalArgumentException("two commands named " + c.name());
            }
        }
    }

    /** trace, check, validate (with {@code kinds}) and bench: none of them starts JavaFX. */
    public static List<Command> builtIns(ContentKinds kinds) {
        return List.of(new TraceCommand(), new CheckCommand(), new ValidateCommand(kinds), new BenchCommand());
    }

    /** {@code builtIns(ContentKinds.standard())} and {@code more}. */
    public static List<Command> standardWith(List<Command> more) {
        List<Command> all = new ArrayList<>(builtIns(ContentKinds.standard()));
        all.addAll(more);
        return all;
    }

    public boolean isCommand(String arg) {
        return commands.containsKey(arg) || OWN.contains(arg);
    }

    public Optional<Command> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    public String usage() {
        StringBuilder b = new StringBuilder(HEADER);
        for (Command c : commands.values()) b.append('\n').append(c.usage());
        return b.append('\n').append(FOOTER).toString();
    }

    public int run(String[] args) {
        try {
            String cmd = args[0];
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            Command command = commands.get(cmd);
            if (command != null) return command.run(rest, out, err);
            return switch (cmd) {
                case "--version" -> {
                    out.println("Cache Lab " + version() + " (models Next.js 16.4.6)");
                    yield 0;
                }
                case "help", "--help", "-h" -> {
                    out.println(usage());
                    yield 0;
                }
                default -> {
                    err.println("cachelab: unknown command \"" + cmd + "\"");
                    err.println(usage());
                    yield 2;
                }
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
}
