package dev.cachelab.cli;

import dev.cachelab.engine.Simulation;
import dev.cachelab.engine.Step;
import dev.cachelab.engine.app.AppDefinition;
import dev.cachelab.engine.app.Call;
import dev.cachelab.engine.app.CacheLifeSpec;
import dev.cachelab.engine.app.CallExpr;
import dev.cachelab.engine.app.FunctionDef;
import dev.cachelab.engine.app.Profiles;
import dev.cachelab.engine.app.Rendering;
import dev.cachelab.engine.app.RouteDef;
import dev.cachelab.json.ContentException;
import dev.cachelab.scenario.Conformance;
import dev.cachelab.scenario.Scenario;
import dev.cachelab.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench}: the engine's figures, one per line. Invalidation writes per-tag timestamps (spec §7.1), so its cost
 * must not grow with the number of tagged entries; the ratio compares 1,000,000 entries with 1,000.
 */
final class BenchCommand implements Command {

    private static final int SAMPLES = 301;
    /** Where this run prints (set by {@link #run}; a bench runs once per process). */
    private PrintStream out;
    private PrintStream err;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "  bench [--cases DIR] [--steps N,N,...]",
                "                        print the engine's figures, and load, run and trace generated scenarios of N steps");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        Path cases = null;
        int[] sizes = {1_000, 10_000, 100_000};
        for (int i = 0; i < args.size(); i += 2) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (args.get(i).equals("--cases") && value != null) {
                cases = Path.of(value);
            } else if (args.get(i).equals("--steps") && value != null && value.matches("\\d+(,\\d+)*")) {
                sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).filter(n -> n > 0).toArray();
            } else {
                err.println("cachelab: usage: bench [--cases DIR] [--steps N,N,...]");
                return 2;
            }
        }
        if (cases == null) cases = bundledCases();
        long[] medians = medianInvalidationNanos(1_000, 1_000_000);
        long small = medians[0];
        long large = medians[1];
        out.printf("invalidation ratio: %.2f (one revalidateTag(tag, 'max'): %s with 1,000,000 tagged entries, %s with 1,000)%n",
                large / (double) small, micros(large), micros(small));
        cron();
        int status = conformance(cases);
        try {
            LargeScenarioBench bench = new LargeScenarioBench(out);
            for (int steps : sizes) bench.run(steps);
        } catch (IOException | ContentException e) {
            err.println("cachelab: large scenarios: " + e.getMessage());
            return 2;
        }
        return status;
    }

    /** The lesson's product catalogue: one tag over every product entry, read by a request-time page. */
    static AppDefinition catalogue() {
        FunctionDef product = new FunctionDef("getProduct", List.of("id"), List.of("products:org1", "product:{id}"),
                new CacheLifeSpec.Named("max"), List.of(), List.of(), null);
        RouteDef page = new RouteDef("/products/[id]", Rendering.REQUEST_TIME, List.of(),
                List.of(new CallExpr("getProduct", List.of(new CallExpr.ParamRef("id")))), List.of(), null);
        RouteDef cron = new RouteDef("/api/cron/import", Rendering.ROUTE_HANDLER, List.of(), List.of(), List.of(), null);
        return new AppDefinition(Profiles.builtIn(), 1, Map.of("getProduct", product), List.of(page, cron));
    }

    private static Simulation warmed(int entries) {
        Simulation sim = new Simulation(catalogue());
        for (int i = 0; i < entries; i++) sim.warm("getProduct", List.of(Integer.toString(i)));
        return sim;
    }

    private static Step.RouteHandler importStep(long atMs) {
        return new Step.RouteHandler(atMs, "/api/cron/import", List.of(new Call.Write(),
                new Call.RevalidateTag("products:org1", new Call.NamedProfile("max"))), null);
    }

    /**
     * Median time of one Route Handler step that calls {@code revalidateTag(tag, 'max')}, for each size. Both
     * simulations stay alive and samples alternate between them, so JIT and GC conditions are the same for both.
     */
    private static long[] medianInvalidationNanos(int... sizes) {
        Simulation[] sims = new Simulation[sizes.length];
        for (int i = 0; i < sizes.length; i++) sims[i] = warmed(sizes[i]);
        long[][] samples = new long[sizes.length][SAMPLES];
        long at = 0;
        for (int warmup = 0; warmup < 2000; warmup++, at++) for (Simulation sim : sims) sim.run(importStep(at));
        for (int k = 0; k < SAMPLES; k++, at++) {
            for (int i = 0; i < sims.length; i++) {
                Step.RouteHandler step = importStep(at);
                long t0 = System.nanoTime();
                sims[i].run(step);
                samples[i][k] = System.nanoTime() - t0;
            }
        }
        long[] medians = new long[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            Arrays.sort(samples[i]);
            medians[i] = samples[i][SAMPLES / 2];
        }
        return medians;
    }

    /** The cron case: 5,000 products under one tag, one revalidateTag(tag, 'max'), then 5,000 reads. */
    private void cron() {
        Simulation sim = warmed(5_000);
        long t0 = System.nanoTime();
        sim.run(importStep(1_000));
        long invalidate = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        for (int i = 0; i < 5_000; i++) sim.run(new Step.Get(2_000 + i, "/products/" + i));
        long reads = System.nanoTime() - t1;
        out.printf("cron import: revalidateTag(tag, 'max') over 5,000 entries took %s; the next 5,000 reads"
                + " (each stale, regenerated in the background) took %.1f ms (%s per read)%n",
                micros(invalidate), reads / 1e6, micros(reads / 5_000));
    }

    /** The public cases the build copies into the jar (or into target/classes when run from the IDE). */
    private static Path bundledCases() {
        try {
            URL url = BenchCommand.class.getResource("/conformance");
            if (url == null) return Path.of("src/test/resources/conformance");
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return Path.of(uri);
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.getPath("/conformance");
        } catch (URISyntaxException | IOException e) {
            return Path.of("src/test/resources/conformance");
        }
    }

    private int conformance(Path dir) {
        if (!Files.isDirectory(dir)) {
            out.println("conformance: skipped (no case directory at " + dir + "; pass --cases DIR)");
            return 0;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            err.println("cachelab: cannot list " + dir + ": " + e.getMessage());
            return 2;
        }
        long first = 0;
        int passed = 0;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            int ok = 0;
            for (Path f : files) {
                try {
                    Scenario s = ScenarioLoader.load(f);
                    if (Conformance.check(s, Conformance.run(s)).isEmpty()) ok++;
                } catch (ContentException e) {
                    err.println(e.getMessage());
                }
            }
            long elapsed = System.nanoTime() - t0;
            if (round == 0) {
                first = elapsed;
                passed = ok;
            } else {
                out.printf("conformance: %d/%d cases pass; loading and running them all took %.0f ms in a fresh"
                        + " process (%.0f ms once warm)%n", passed, files.size(), first / 1e6, elapsed / 1e6);
            }
        }
        return passed == files.size() ? 0 : 1;
    }

    private static String micros(long nanos) {
        return String.format("%.1f µs", nanos / 1e3);
    }

}
